"""Property-based tests of clean, segment and restore on random Unicode.

Whatever the text — CJK, lost glyphs, control characters, very long lines,
fragments of talk structure — a stage either returns or raises one of the
project's documented errors (:class:`pipeline.errors.PipelineError`), and
nothing is lost: every non-white-space raw character is in the stage's text
(by origin) or in its ledger.
"""

from __future__ import annotations

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from pipeline.clean import clean
from pipeline.errors import PipelineError
from pipeline.extract import extract_text_file, split_lines
from pipeline.model import GAP, Extracted, SourceFile, spelled_out, spellings_of
from pipeline.restore import restore, restore_text
from pipeline.segment import segment
from reliability import TALK, lost_characters

SETTINGS = settings(
    max_examples=50,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

CONTROL = [chr(c) for c in (*range(0x00, 0x09), 0x0B, 0x0C, 0x0D, *range(0x0E, 0x20), 0x7F, 0x85, 0x2028, 0x200B, 0xFEFF)]
CHARS = st.one_of(
    st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF),  # kanji
    st.characters(min_codepoint=0x3040, max_codepoint=0x30FF),  # kana
    st.characters(min_codepoint=0xFF01, max_codepoint=0xFF5E),  # full-width ASCII
    st.sampled_from(list("ABCabcxyz0123456789 .,:;-!?()○■・、。「」－ \u3000")),
    st.just(GAP),
    st.sampled_from(CONTROL),
    st.characters(codec="utf-8", exclude_categories=("Cs",), exclude_characters="\n"),
)
PLAIN_LINE = st.text(CHARS, max_size=80)
TALK_LINES = TALK.splitlines()


@st.composite
def talk_line(draw) -> str:
    """A line of the made-up talk, with some characters lost (U+FFFD) — so segment meets real structure."""
    line = draw(st.sampled_from(TALK_LINES))
    if not line:
        return line
    chars = list(line)
    for i in draw(st.lists(st.integers(0, len(chars) - 1), max_size=3)):
        chars[i] = GAP
    return "".join(chars)


@st.composite
def long_line(draw) -> str:
    piece = draw(st.text(CHARS, min_size=1, max_size=12))
    return (piece * (60_000 // len(piece) + 1))[: draw(st.integers(20_000, 60_000))]


LINE = st.one_of(PLAIN_LINE, PLAIN_LINE, talk_line(), talk_line(), st.just(""))
DOCUMENT = st.one_of(
    st.lists(LINE, min_size=1, max_size=60),
    st.lists(talk_line(), min_size=5, max_size=80),  # mostly a talk
    st.lists(st.one_of(LINE, long_line()), min_size=1, max_size=4),  # very long lines
)


def extracted(lines: list[str]) -> Extracted:
    return Extracted(source=SourceFile(file="raw/random.txt", sha256="0" * 64, kind="txt", encoding="utf-8"), lines=tuple(lines))


def in_bounds(lines: list[str], texts) -> bool:
    """Every origin points at a real raw character."""
    return all(
        1 <= pos[0] <= len(lines) and 0 <= pos[1] < len(lines[pos[0] - 1])
        for t in texts
        for pos in t.origin
        if pos is not None
    )


def talk_texts(talks) -> list:
    return [t for talk in talks for t in talk.texts()]


@SETTINGS
@given(lines=DOCUMENT)
def test_clean_loses_nothing(lines):
    try:
        doc = clean(extracted(lines))
    except PipelineError:
        return
    assert in_bounds(lines, doc.lines)
    assert lost_characters(lines, doc.lines, doc.ledger) == []


@SETTINGS
@given(lines=DOCUMENT)
def test_segment_loses_nothing(lines):
    try:
        doc = segment(clean(extracted(lines)))
    except PipelineError:
        return
    texts = talk_texts(doc.talks) + list(doc.unassigned)
    assert in_bounds(lines, texts)
    assert lost_characters(lines, texts, doc.ledger) == []


@st.composite
def cid_line(draw) -> str:
    """A line of a text dump with glyphs written ``(cid:N)``, several to a line, between text and U+FFFD gaps."""
    base = draw(st.one_of(talk_line(), st.text(CHARS, max_size=40)))
    chars = list(base.replace("\n", " "))
    for i in sorted(draw(st.lists(st.integers(0, len(chars)), max_size=4)), reverse=True):
        chars[i:i + draw(st.integers(0, 1))] = [f"(cid:{draw(st.integers(0, 65535))})"]
    return "".join(chars)


@SETTINGS
@given(lines=st.lists(st.one_of(cid_line(), talk_line()), min_size=1, max_size=40))
def test_positions_after_cid_markers_are_the_dumps_columns(lines):
    """A text dump's ``(cid:N)`` is one lost glyph over many raw columns: every origin and ledger row points at
    the dump's own columns, and the marker's whole spelling is in the text (its glyph) or a ledger row."""
    data = "\n".join(lines).encode()
    try:
        doc = segment(clean(extract_text_file(data, name="raw/cid.txt")))
    except PipelineError:
        return
    raw = split_lines(data.decode())
    texts = talk_texts(doc.talks) + list(doc.unassigned)
    assert in_bounds(raw, texts)
    spellings = spellings_of(doc.markers)
    assert all(raw[m.line - 1][m.col:m.col + len(m.raw)] == m.raw for m in doc.markers)
    changed = {(row.line, row.col + i) for row in doc.ledger if row.action == "changed" for i in range(len(row.text))}
    for t in texts:
        for ch, pos in zip(t.text, t.origin):  # a lost glyph stands where the dump has one (or a changed row)
            assert ch != GAP or pos is None or raw[pos[0] - 1][pos[1]] == GAP or pos in spellings or pos in changed
    assert lost_characters(raw, [spelled_out(t, spellings) for t in texts], doc.ledger) == []


@SETTINGS
@given(lines=DOCUMENT)
def test_restore_loses_nothing(lines):
    try:
        doc = restore(segment(clean(extracted(lines))))
    except PipelineError:
        return
    texts = talk_texts(rt.talk for rt in doc.talks) + list(doc.unassigned)
    assert in_bounds(lines, texts)
    assert lost_characters(lines, texts, doc.ledger) == []
    for rt in doc.talks:
        for repair in rt.repairs:
            assert repair.status in ("restored", "ambiguous", "unresolved")
            assert 0.0 <= repair.confidence <= 1.0
            assert set(repair.original) == {GAP}
            if repair.status == "restored":
                assert repair.restored and GAP not in repair.restored


TEXT = st.one_of(st.text(CHARS, max_size=300), st.lists(talk_line(), max_size=20).map("\n".join))


@SETTINGS
@given(text=TEXT)
def test_restore_text_keeps_the_contract(text):
    """`pipeline restore FILE|-`: every gap is reported once, offsets point into the input, and the text
    is the input with exactly the restored repairs applied."""
    try:
        result = restore_text(text)
    except PipelineError:
        return
    repairs = sorted(result["repairs"], key=lambda r: r["start"])
    rebuilt, pos, covered = [], 0, 0
    for r in repairs:
        assert pos <= r["start"] < r["end"] <= len(text)
        assert r["original"] == text[r["start"]:r["end"]]
        assert set(r["original"]) == {GAP}
        rebuilt.append(text[pos:r["start"]])
        rebuilt.append(r["restored"] if r["status"] == "restored" else r["original"])
        covered += r["end"] - r["start"]
        pos = r["end"]
    rebuilt.append(text[pos:])
    assert covered == text.count(GAP)
    assert result["text"] == "".join(rebuilt)


@SETTINGS
@given(lines=DOCUMENT)
def test_stages_are_deterministic(lines):
    """The same input twice gives equal records (no set order or time leaking in)."""
    assume(sum(map(len, lines)) < 5_000)  # the long-line documents add nothing here but time
    try:
        first = restore(segment(clean(extracted(lines)))).to_json()
    except PipelineError:
        return
    assert restore(segment(clean(extracted(lines)))).to_json() == first
