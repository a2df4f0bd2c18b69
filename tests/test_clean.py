"""Clean stage: conservation, idempotence, the contract with segment, golden files."""

from __future__ import annotations

import inspect

import pytest
from golden import cases, compare
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.clean import clean
from pipeline.clean.rules import RULES
from pipeline.clean.render import render_cleaned
from pipeline.chardata import has_japanese, is_layout_space
from pipeline.clean.scripts import gap_ratio
from pipeline.extract import split_lines
from pipeline.model import GAP, Cleaned, Extracted, SourceFile

SOURCE = SourceFile("made-up.txt", "0" * 64, "txt")


def doc_of(lines) -> Extracted:
    return Extracted(source=SOURCE, lines=tuple(lines))


def assert_conserved(doc: Extracted, cleaned: Cleaned, *, once: bool = False) -> None:
    """Every raw character but layout white space (an ideographic space counts) is in the cleaned text (through its
    origin) or in the ledger; every kept character is its raw character or
    covered by a ``changed`` row; nothing raw is kept twice; every ledger row
    quotes the raw text at its position; with ``once``, no raw character (layout white space aside) is in two rows
    (trial 57; a chain of repairs no span parts still may be: tests/test_ledger_once57.py's xfail)."""
    raw = doc.lines
    covered: set[tuple[int, int]] = set()
    changed: set[tuple[int, int]] = set()
    for row in cleaned.ledger:
        assert raw[row.line - 1][row.col:row.col + len(row.text)] == row.text, row
        cells = {(row.line, row.col + i) for i in range(len(row.text))}
        twice = {(n, c) for n, c in cells & covered if not is_layout_space(raw[n - 1][c])}
        assert not (once and twice), f"raw {sorted(twice)} in two ledger rows ({row})"
        covered |= cells
        if row.action == "changed":
            changed |= cells
    kept: set[tuple[int, int]] = set()
    for text in cleaned.lines:
        previous = None
        for ch, pos in zip(text.text, text.origin):
            if pos is None:
                # Only a joining space, or the rest of a replacement (``ﬃ`` → ``ffi``, three
                # mojibake bytes → one letter) whose first character carries the raw position.
                assert ch.isspace() or previous in changed, f"invented {ch!r} in {text.text!r}"
                continue
            previous = pos
            assert pos not in kept, f"raw {pos} kept twice"
            kept.add(pos)
            line, col = pos
            assert ch == raw[line - 1][col] or pos in changed, f"{pos}: {raw[line - 1][col]!r} became {ch!r} unrecorded"
    for number, line in enumerate(raw, start=1):
        for col, ch in enumerate(line):
            if not is_layout_space(ch):
                assert (number, col) in kept or (number, col) in covered, (
                    f"raw {number}:{col} {ch!r} lost (line {line!r})"
                )


def assert_idempotent(cleaned: Cleaned) -> None:
    again = clean(doc_of(t.text for t in cleaned.lines))
    assert [t.text for t in again.lines] == [t.text for t in cleaned.lines]
    assert again.ledger == ()


def assert_contract(cleaned: Cleaned) -> None:
    for text in cleaned.lines:
        assert text.text and text.text == text.text.strip()
    firsts = [t.first_pos() for t in cleaned.lines if t.first_pos() is not None]
    assert firsts == sorted(firsts), "lines out of document order"


# --------------------------------------------------------------------------
# The sample
# --------------------------------------------------------------------------


@pytest.fixture(scope="module")
def sample_cleaned(sample_extracted):
    return clean(sample_extracted)


def test_sample_conservation(sample_extracted, sample_cleaned):
    assert_conserved(sample_extracted, sample_cleaned, once=True)


def test_sample_idempotent(sample_cleaned):
    assert_idempotent(sample_cleaned)


def test_sample_contract(sample_cleaned):
    assert_contract(sample_cleaned)


def test_sample_cleaned_json_round_trip(sample_cleaned):
    """output/clean/<name>.json holds everything: lines with their origins, and the ledger."""
    assert Cleaned.from_json(sample_cleaned.to_json()) == sample_cleaned


def test_sample_golden(sample_cleaned):
    compare(render_cleaned(sample_cleaned), "clean/sample.txt")


def english(cleaned: Cleaned) -> list[str]:
    return [t.text for t in cleaned.lines if not has_japanese(t.text)]


def test_sample_english_reads_as_typed(sample_cleaned):
    lines = english(sample_cleaned)
    for expected in [
        "Kitakyushu’s Cross-boundary",
        "Intercity Cooperation and Exchange",
        "Efforts Towards Changes In Society",
        "Thank you",
        "tap!",
        "Kagoshima",
        "Environment, History And Culture",
        "○Reciprocal dispatch of city staff from metro Incheon and Kitakyushu city",
        "⇒ Make use of technology and know-how of Kitakyushu’s steel and environmental-related industries",
        "Dalian",
        "Shanghai",
        "10",
        "Universities in Kumamoto City 3",
        "Main Activities",
    ]:
        assert expected in lines
    assert lines.count("Kumamoto City") >= 2  # title slide, closing slide, map labels
    joined = "\n".join(lines)
    for damage in ["Ki k h h", "CityKumamoto", "youThank", "Eff t T", "Culturey", "Kagoshimag", "tap!p",
                   "country s four", "1010", "DalianDalian"]:
        assert damage not in joined, damage
    assert all(gap_ratio(line) <= 0.5 for line in lines)


def test_sample_doubled_box_lines_each_once(sample_cleaned):
    """The Dalian and Shanghai office boxes keep every line of their content."""
    lines = english(sample_cleaned)
    assert lines.count("Kitakyushu Business") == 2
    assert lines.count("Promotion Office in") == 2
    assert "Kitakyushu Business Kitakyushu Business" not in lines


def test_sample_page_numbers_stand_alone(sample_cleaned):
    lines = [t.text for t in sample_cleaned.lines]
    for number in ["2", "4", "11", "13", "16", "1", "5", "10", "19"]:
        assert number in lines
    assert "1010" not in lines and "１０１０" not in lines


def test_sample_ledger_names_rules(sample_cleaned):
    names = {rule.name for rule in RULES}
    delegated = {"collapse_doubled_runs", "strip_ghost_prefix"}
    assert {row.rule for row in sample_cleaned.ledger} <= names | delegated
    reasons = {row.reason for row in sample_cleaned.ledger}
    assert {"doubled-layer", "ghost-line", "ghost-prefix", "near-duplicate", "illegible",
            "descender-residue", "width", "spacing"} <= reasons


def test_sample_lost_glyphs_kept_in_legible_text(sample_cleaned):
    texts = [t.text for t in sample_cleaned.lines]
    assert "\ufffd\ufffd\ufffd熊本市" in texts
    assert "\ufffd\ufffd\ufffd 地下水" in texts
    assert "○Established 2\ufffd\ufffd\ufffd" in texts


# --------------------------------------------------------------------------
# Focused golden cases, one file per rule and kind (tests/golden/clean/cases)
# --------------------------------------------------------------------------

CASES = cases("clean")
# Document rules that hand each line to a line rule record the line rule's name.
LEDGER_NAME = {"collapse_doubled_layers": "collapse_doubled_runs", "drop_ghost_prefixes": "strip_ghost_prefix"}


@pytest.mark.parametrize("path", CASES, ids=[p.stem for p in CASES])
def test_golden_case(path):
    doc = doc_of(split_lines(path.read_text(encoding="utf-8")))
    cleaned = clean(doc)
    compare(render_cleaned(cleaned), path.with_suffix(".out"))
    assert_conserved(doc, cleaned)
    assert_idempotent(cleaned)
    assert_contract(cleaned)
    rule, label = path.stem.split("--")
    rule = LEDGER_NAME.get(rule, rule)
    if label.startswith("not-"):
        assert not any(row.rule == rule for row in cleaned.ledger), f"{path.name} must leave its text alone"
    else:
        assert any(row.rule == rule for row in cleaned.ledger), f"{path.name} does not exercise {rule}"


def test_every_rule_has_golden_cases_made_up_and_from_the_sample():
    names = {p.stem.split("--")[0] for p in CASES}
    made_up = {p.stem.split("--")[0] for p in CASES if not p.stem.endswith("--sample")}
    for rule in RULES:
        target = {"drop_ghost_prefixes": "strip_ghost_prefix",
                  "collapse_fake_bold": "collapse_interleaved_doubling"}.get(rule.name, rule.name)
        assert target in names, f"no golden case for {rule.name}"
        assert target in made_up, f"no made-up case for {rule.name}"


@pytest.mark.parametrize("rule", RULES, ids=[r.name for r in RULES])
def test_every_rule_says_why_with_a_doctest(rule):
    doc = inspect.getdoc(rule.func) or ""
    assert "Why" in doc or "why" in doc, f"{rule.name}: docstring must say why"
    assert ">>>" in doc, f"{rule.name}: docstring needs a doctest"


# --------------------------------------------------------------------------
# Made-up documents
# --------------------------------------------------------------------------

MADE_UP = [
    "　港湾都市の概要 ",
    "",
    " ",
    "Port City Port City",
    "Harbor TownHarbor Town",
    "Ab t th H b About the Harbor",
    "Gl b l T d H b",
    "Global Trade Hub",
    "○" + GAP + "e" + GAP * 3 + "i" + GAP * 4,
    "Visit the city’s “Old Port”Visit the city s Old Port",
    "２２",
    "Ferry Terminal ４４",
    "６６",
    "１０１０",  # 66 then 1010 is no page sequence; 6 then 10 is: the evidence that 22, 44, 66 are doubled too
    "Sapporo Snow Festivalpp",
    "p y",
    "cafÃ© terrace",
    "人口 50 万人の港町",
]


def test_made_up_document_conserved_idempotent_and_clean():
    doc = doc_of(MADE_UP)
    cleaned = clean(doc)
    assert_conserved(doc, cleaned)
    assert_idempotent(cleaned)
    assert_contract(cleaned)
    assert [t.text for t in cleaned.lines] == [
        "港湾都市の概要",
        "Port City",  # spaced copies, shown doubled by the glued line below
        "Harbor Town",
        "About the Harbor",
        "Global Trade Hub",
        "Visit the city’s “Old Port”",
        "2",
        "Ferry Terminal 4",
        "6",
        "10",
        "Sapporo Snow Festival",
        "café terrace",
        "人口50万人の港町",
    ]


LINE_PIECES = st.sampled_from(
    ["Harbor", "City", "port", "Trade Office", "happy", "ypg", " ", "  ", GAP, GAP * 3, "２", "１０", "ＡＢ",
     "港町", "人口", "。", "、", "「", "」", "ﾊﾟﾝ", "’s", "“", "”", "○", "■", "-", "yy", "p p", "Ã©", "1", "22"]
)
LINES = st.lists(st.lists(LINE_PIECES, max_size=8).map("".join), max_size=12)


@settings(max_examples=150, deadline=None)
@given(LINES)
def test_any_document_conserved(lines):
    doc = doc_of(lines)
    cleaned = clean(doc)
    assert_conserved(doc, cleaned)
    assert_contract(cleaned)


@settings(max_examples=150, deadline=None)
@given(LINES.map(lambda lines: [line + line for line in lines]))
def test_any_doubled_document_conserved(lines):
    doc = doc_of(lines)
    assert_conserved(doc, clean(doc))


def apart(lines: list[str]) -> list[str]:
    """Random lines with an English line between them: joining paragraphs
    needs layout evidence (a measure, page breaks) that random text only
    fakes; joins are covered by the sample and the made-up cases."""
    out = []
    for line in lines:
        out += [line, "Note"]
    return out


@settings(max_examples=200, deadline=None)
@given(LINES.map(apart))
def test_any_document_idempotent(lines):
    assert_idempotent(clean(doc_of(lines)))


@settings(max_examples=200, deadline=None)
@given(LINES.map(lambda lines: apart([line + line for line in lines])))
def test_any_doubled_document_idempotent(lines):
    assert_idempotent(clean(doc_of(lines)))


# --------------------------------------------------------------------------
# Long lines must not make clean hang (their time is `make bench`'s "clean on
# long lines"; here, that clean finishes and conserves them)
# --------------------------------------------------------------------------

LONG = {
    "repeated-pair": "ab" * 50_000,
    "repeated-word": "Port City" * 11_000,
    "letters-and-spaces": "a " * 50_000,
    "descenders": "p y " * 25_000,
    "ghost-shaped": "E h t " * 16_000,
    "japanese": "人口 100 万の国際都市である。" * 6_000,
    "lost-glyphs": GAP * 100_000,
}


@pytest.mark.parametrize("name", list(LONG))
def test_long_line_does_not_hang(name):
    line = LONG[name]
    doc = doc_of([line, "next", line[:3000], line[:300]])
    assert_conserved(doc, clean(doc))


@pytest.mark.parametrize("line, fixed", [
    # UTF-8 read as CP1252 with the bytes CP1252 does not define already U+FFFD: E3 ?? A8 is と only with 0x81
    ("港町としての強み".encode().decode("cp1252", "replace"), "港町としての強み"),
    # Shift_JIS read as CP1252: 0x8F 0xBC is 松, 0x90 0xBC 西: the bytes do not settle it, a lost glyph stays
    ("松山城は市の中心にある".encode("cp932").decode("cp1252", "replace"), "\ufffd山\ufffdは市の中\ufffdにある"),
])
def test_bytes_a_cp1252_reading_lost_are_settled_only_when_one_character_fits(line, fixed):
    from pipeline.clean.japanese_mojibake import repair_japanese_mojibake
    from pipeline.model import Text

    assert "\ufffd" in line
    assert repair_japanese_mojibake(Text.from_raw(line, 1)).text.text == fixed


@pytest.mark.parametrize("lines, joined", [
    (("Most visitors rent bi-", "cycles at the port"), "Most visitors rent bicycles at the port"),
    (("We do not print it any-", "more on paper"), "We do not print it anymore on paper"),
    (("Hiroshima Bay", "The coast of Hiro-", "shima Bay"), "The coast of Hiroshima Bay"),  # the document writes it
    (("Both pre- and post-", "war periods"), "Both pre- and post-war periods"),  # a suspended hyphen: compounds
    # Both halves words, a break at the compound's boundary: the document's own spelling decides (docs/clean.md).
    (("loaded at runtime", "the run-", "time support files"), "the runtime support files"),
    (("a run-time error", "the run-", "time support files"), "the run-time support files"),
])
def test_a_hyphen_at_a_line_end_is_a_break_where_the_joined_word_is_a_word(lines, joined):
    from pipeline.clean.edits import Line
    from pipeline.clean.hyphenation import join_hyphenated_wraps
    from pipeline.model import Text

    out, _ = join_hyphenated_wraps(tuple(Line(Text.from_raw(s, n)) for n, s in enumerate(lines, 1)))
    assert joined in [line.text.text for line in out]


def test_a_line_written_doubled_on_purpose_stays():
    # One Latin line doubled glyph by glyph, nothing else shown doubled: the writer's (a fortune about a duplex switch).
    text = "Printers at the office:\nTTrryy tthhee dduupplleexx kknnoobb..\nIt works now."
    cleaned = clean(doc_of(text.split("\n")))
    assert [line.text for line in cleaned.lines][1] == "TTrryy tthhee dduupplleexx kknnoobb.."
    assert not cleaned.ledger


@pytest.mark.parametrize("text, folded", [
    ("HHeelllloo WWoorrlldd\nsome text\nTTrryy tthhee dduupplleexx kknnoobb..", "Try the duplex knob."),  # two lines shown
    ("22.. 海海外外都都市市\nTTrryy tthhee dduupplleexx kknnoobb..", "Try the duplex knob."),  # a Japanese run shows it
])
def test_a_doubled_latin_line_folds_where_the_document_shows_fake_bold(text, folded):
    cleaned = clean(doc_of(text.split("\n")))
    assert folded in [line.text for line in cleaned.lines]


def test_undecodable_mojibake_is_flagged_and_half_width_katakana_text_is_widened():
    # 虜ｯ (97 B8 AF) has the shape of UTF-8 read as CP932 but decodes in no reading: flagged (left to the ledger,
    # never widened to 虜ッ nor tokenized); text written in half-width katakana keeps the width policy (main read
    # ``ｱｲｳｴｵ`` as Shift_JIS from EUC-JP, ``竺軸宍雫七``).
    lines = ["本市の虜ｯを見る。", "ｱｲｳｴｵ ｶｷｸｹｺ", "ﾚｼｰﾄ ｺﾞｳｹｲ", "書類ｦ送付ｽﾙ。"]
    doc = doc_of(lines)
    cleaned = clean(doc)
    assert [line.text for line in cleaned.lines] == ["本市のを見る。", "アイウエオ カキクケコ", "レシート ゴウケイ", "書類ヲ送付スル。"]
    flagged = [row for row in cleaned.ledger if row.reason == "suspected-mojibake"]
    assert [(row.rule, row.action, row.line, row.col, row.text) for row in flagged] == [
        ("flag_suspected_mojibake", "dropped", 1, 3, "虜ｯ")]
    assert_conserved(doc, cleaned)
    assert_idempotent(cleaned)


@pytest.mark.parametrize("offset", [1.5, 3.0, 5.0])
def test_a_pdf_line_drawn_again_over_itself_is_one_line_and_a_line_repeated_below_stays(offset):
    # A shadow drawn a few points off its title (beyond extract's overprint tolerance, 0.1 em) comes out as the
    # title repeated right after itself; their boxes overlap. A sentence set again on the next line (its own
    # baseline, a line's height below) is the writer's and stays.
    from pdfmaker import JA, drawn_pdf
    from pipeline.extract import extract

    title, sentence = "港町の国際交流について", "本市は四国の北西部に位置する港町である。"
    pdf = drawn_pdf([[(JA, 14, 72, 760, title), (JA, 14, 72 + offset / 2, 760 - offset, title),
                      (JA, 10.5, 72, 700, sentence), (JA, 10.5, 72, 684, sentence)]])
    doc = extract(pdf, name="shadow.pdf")
    assert doc.lines.count(title) == 2  # extract kept both drawings: they are not at the same place
    cleaned = clean(doc)
    assert [line.text for line in cleaned.lines] == [title, sentence, sentence]
    dropped = [row for row in cleaned.ledger if row.rule == "drop_overlaid_copies"]
    assert [(row.text, row.reason, row.action) for row in dropped] == [(title, "doubled-layer", "dropped")]
    assert_conserved(doc, cleaned)


def test_a_full_width_thousands_comma_becomes_ascii_with_its_digits():
    # trial 29: ``約２，１００キロ`` came out ``約2，100キロ``, ASCII digits around a full-width comma
    # between ASCII digits the comma is the writer's (hitszthesis: ``2015，491（21）``, a reference's year and volume)
    lines = ["自転車道は約２，１００キロ、駐輪場は３，０００台。", "図１，２に示す。", "学报，2015，491（21）：26-30."]
    cleaned = clean(doc_of(lines))
    assert [line.text for line in cleaned.lines] == ["自転車道は約2,100キロ、駐輪場は3,000台。", "図1，2に示す。",
                                                      "学报，2015，491（21）：26-30."]
    commas = [row for row in cleaned.ledger if row.reason == "width" and "，" in row.text]
    assert len(commas) == 2


def test_a_full_width_decimal_point_becomes_ascii_with_its_digits():
    # trial 33: ``空き家率は１４．２％`` came out ``14．2％``, a full-width point alone between ASCII digits
    cleaned = clean(doc_of(["空き家率は１４．２％である。", "１．はじめに", "比は2．5である。"]))
    assert [line.text for line in cleaned.lines] == ["空き家率は14.2％である。", "1．はじめに", "比は2．5である。"]


def test_a_full_width_hyphen_between_full_width_digits_becomes_ascii_with_them():
    # fresh-user trial 59: ``電話：０４５－１２３－４５６７`` came out ``045－123－4567``, full-width hyphens among ASCII digits;
    # between ASCII digits or beside a letter the hyphen is the writer's
    lines = ["電話：０４５－１２３－４５６７", "〒８０３－８５０１　北九州市", "会期は5－7日、区画Ａ－１"]
    cleaned = clean(doc_of(lines))
    assert [line.text for line in cleaned.lines] == ["電話：045-123-4567", "〒803-8501　北九州市", "会期は5－7日、区画A－1"]
    hyphens = [row for row in cleaned.ledger if row.reason == "width" and row.text == "－"]
    assert len(hyphens) == 3
    assert_conserved(doc_of(lines), cleaned)


def test_a_japanese_phrase_and_its_english_translation_keep_the_space_between_them():
    # fresh-user trial 60: a bilingual deck's bullets had been glued, ``学生交流Student Exchange``; a name or a title the
    # phrase does not translate, and a number's space, close up as before (DESIGN's ``人口 100 万`` → ``人口100万``)
    lines = ["・学生交流 Student Exchange", "・ホスト家庭の不足 Shortage of host families", "渡航費の高騰 Rising travel costs",
             "潮位計 Harbour Tide Station", "会場は Harbour Hall", "人口 100 万", "本市と Kitakyushu City"]
    cleaned = clean(doc_of(lines))
    assert [line.text for line in cleaned.lines] == [
        "・学生交流 Student Exchange", "・ホスト家庭の不足 Shortage of host families", "渡航費の高騰 Rising travel costs",
        "潮位計Harbour Tide Station", "会場はHarbour Hall", "人口100万", "本市とKitakyushu City"]
    assert_conserved(doc_of(lines), cleaned)


def test_superscript_affiliation_marks_after_a_japanese_name_are_no_mojibake():
    # fresh-user trial 60b: ``谷口 修平¹²`` lost its marks to repair_japanese_mojibake (B9 B2 reads as a kanji in EUC-JP)
    lines = ["谷口 修平¹²，○遠山 玲奈³", "宮内 航¹²，田中 一郎¹"]
    cleaned = clean(doc_of(lines))
    assert [line.text for line in cleaned.lines] == lines
    assert not [row for row in cleaned.ledger if row.rule == "repair_japanese_mojibake"]


def test_a_comma_after_four_digits_groups_no_thousands():
    # review 13: ``1234，567`` is two numbers (a list, pages), never one grouped in thousands; ``1，234，567`` is one
    cleaned = clean(doc_of(["頁１２３４，５６７を参照。", "計１，２３４，５６７円。"]))
    assert [line.text for line in cleaned.lines] == ["頁1234，567を参照。", "計1,234,567円。"]
