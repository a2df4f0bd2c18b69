"""A line drawn twice (a doubled text layer) whose copy is short, wrapped or damaged (helper dup73, session 73;
docs/clean.md, *Short lines repeated right under themselves*; fresh-user trial 72's flyer). Inputs:
``tests/data/dup73/`` (copies of ``/work/regress/in_dup73/``; ``nm_*`` near misses that must not change). Each is run
through extract, clean and segment with the conservation check (``tests/segmenting.py``).

1. A text dump: a short line repeated right under itself is a doubled layer where it stands alone (a block of its
   own, or beside its translation), heads running text as a heading, or is a paragraph's wrapped line; a copy that
   lost a glyph its twin reads is the copy to drop, whatever its length (``clean.layers.doubled_short_copies``).
2. A PDF: a line drawn twice at the same place or half a point off is one line (extract's overprint), also where one
   copy's glyph has no Unicode map (``extract.overprint``); a copy two points off, read into the same line, goes
   where it lost a glyph its twin reads (``clean.layers.collapse_doubled_runs``).
3. A chorus, a chant, a table's column, a line said three times, a closing brace stay.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from pipeline.model import GAP
from tests.pdfmaker import EN, JA, drawn_pdf, lost_glyph_pdf
from tests.segmenting import kept_texts, segment_file, segment_pdf, text_of

DATA = Path(__file__).parent / "data" / "dup73"


def _doubled_rows(ledger):
    return [r for r in ledger if r.reason in ("doubled-layer", "overprint")]


def _squeezed(text: str) -> str:
    """Without white space and in the width the output writes (``１９８１`` → ``1981``): a wrapped line is joined."""
    return "".join(unicodedata.normalize("NFKC", text).split())


def _cleaned_lines(path: Path) -> list[str]:
    from pipeline.clean import clean
    from pipeline.extract import extract

    return [line.text for line in clean(extract(path.read_bytes(), name=path.name)).lines]


def _all_text(doc) -> str:
    """Every kept text of the document: titles, headings, front lines and paragraphs."""
    parts = kept_texts(doc)
    for talk in doc.talks:
        parts += [text_of(talk.title.ja) or "", text_of(talk.title.en) or ""]
        parts += [s.heading.text for s in talk.sections if s.heading is not None]
    return "\n".join(parts)


# --- 1. text dumps -------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("name, line, raw_line", [
    ("ja_flyer_trial72.txt", "入場無料・予約不要", 14),
    ("en_flyer_admission.txt", "Admission free", 7),
    ("bi_flyer_en_doubled.txt", "Admission free", 6),
    ("en_deck_thank_you.txt", "Thank you.", 13),
    ("en_report_heading.txt", "Key Findings", 5),
    ("ja_notice_heading.txt", "申込方法", 4),
    ("en_wrapped_line.txt", "This workshop was held in Nelson, New Zealand, on 14 March 2023 to review the", 6),
    ("ja_wrapped_line.txt", "本市は米国サクラメント市と１９８１年に姉妹都市提携を結び、以来、青少年の", 4),
])
def test_short_line_drawn_twice_is_one_line(name, line, raw_line):
    doc = segment_file(DATA / name)
    rows = _doubled_rows(doc.ledger)
    assert [(r.text, r.line, r.reason, r.rule) for r in rows] == [(line, raw_line, "doubled-layer", "drop_doubled_dump_lines")]
    assert [_squeezed(t) for t in _cleaned_lines(DATA / name)].count(_squeezed(line)) == 1


def test_notice_and_its_translation_both_drawn_twice():
    doc = segment_file(DATA / "bi_notice_both_doubled.txt")
    assert [(r.text, r.line) for r in _doubled_rows(doc.ledger)] == [
        ("入場無料・予約不要", 5), ("Admission free, no reservation required", 7)]


def test_damaged_copy_is_the_one_dropped():
    doc = segment_file(DATA / "ja_flyer_damaged_copy.txt")
    assert [(r.text, r.line) for r in _doubled_rows(doc.ledger)] == [("入場無\ufffd・予約不要", 6)]
    assert "入場無料・予約不要" in _all_text(doc) and GAP not in _all_text(doc)


# --- 2. PDFs -------------------------------------------------------------------------------------------------------

def _flyer(runs):
    return [[(JA, 16, 72, 780, "第５回 さくら台ふれあい祭り"), (EN, 12, 72, 756, "The 5th Sakuradai Festival"),
             *runs, (JA, 11, 72, 600, "主催：さくら台自治会"), (EN, 11, 72, 582, "Organizer: Sakuradai Residents")]]


@pytest.mark.parametrize("first, second", [
    ((72, 660, "入場無料・予約不要"), (72.5, 659.5, "入場無{cid:2204}・予約不要")),
    ((72.5, 659.5, "入場無{cid:2204}・予約不要"), (72, 660, "入場無料・予約不要")),
    ((72, 660, "入場無料・予約不要"), (74, 658, "入場無{cid:2204}・予約不要")),
])
def test_pdf_copy_with_a_lost_glyph_is_dropped(first, second):
    runs = [(JA, 12, *first), (JA, 12, *second), (EN, 11, 72, 642, "Admission free, no reservation required")]
    doc = segment_pdf(lost_glyph_pdf(_flyer(runs)))
    text = _all_text(doc)
    assert text.count("入場無料・予約不要") == 1 and GAP not in text
    assert [r.text for r in _doubled_rows(doc.ledger)] == ["入場無\ufffd・予約不要"]


def test_pdf_short_line_drawn_twice_at_one_place():
    runs = [(JA, 12, 72, 660, "入場無料・予約不要"), (JA, 12, 72, 660, "入場無料・予約不要"),
            (EN, 11, 72, 642, "Admission free"), (EN, 11, 72.5, 641.5, "Admission free")]
    doc = segment_pdf(drawn_pdf(_flyer(runs)))
    text = _all_text(doc)
    assert text.count("入場無料・予約不要") == 1 and text.count("Admission free") == 1
    assert sorted(r.text for r in _doubled_rows(doc.ledger)) == ["Admission free", "入場無料・予約不要"]


# --- 3. near misses ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("name", ["nm_en_song.txt", "nm_table_column.txt", "nm_ja_chant.txt", "nm_code_listing.txt"])
def test_repeats_of_the_writer_stay(name):
    doc = segment_file(DATA / name)
    assert _doubled_rows(doc.ledger) == []


def test_pdf_chorus_a_line_below_stays():
    runs = [(EN, 12, 72, 660, "La la la"), (EN, 12, 72, 644, "La la la"),
            (EN, 12, 72, 628, "Admission free"), (EN, 12, 72, 612, "Admission free")]
    doc = segment_pdf(drawn_pdf(_flyer(runs)))
    assert _doubled_rows(doc.ledger) == []


def test_field_reduplication_stays():
    doc = segment_file(DATA / "nm_ja_chant.txt")
    assert "夏まつりでは「ワッショイワッショイ」の掛け声が響く。" in _all_text(doc)


def test_copies_and_chants():
    from pipeline.clean.layers import chant, damaged_copy

    assert damaged_copy("入場無料・予約不要", "入場無\ufffd・予約不要") == 1
    assert damaged_copy("Tokyo 12", "Tokyo 13") is None and damaged_copy("Ab\ufffdd", "A\ufffdcd") is None
    assert chant("La la la") and chant("ワッショイワッショイ") and not chant("Admission free")
