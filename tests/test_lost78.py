"""Issue 16 points 1/2 and "nothing lost", helper lost78 (fresh-user trial 78c on real PDFs):

* a DIN 5008 business letter (urcls' URletter): its letterhead, return address, addressee, the sender's information
  block and its reference fields had been read as an author grid that dropped every cell under no name (the return
  address, ``Ihr Schreiben vom`` / ``08.08.2012`` / ``Datum`` / ``1. Februar 2019``) with no ledger row; its title
  was a cut line of the letterhead. Now the grid is no grid where a cell stands under no name
  (``authorgrid._grid_groups``), the subject under the reference fields is the title, the reference fields are
  front, the name over the information block's telephone the speaker, and an option typed as ``key={…}`` no heading;
* ruby longer than its base spreads the base (JIS X 4051): pdfminer read the white between two kanji of the base as a
  word space (``国 会`` under ``こくくわい``); extract now sets it aside (``close_up_ruby_base``, reason ``spacing``).

Made-up PDFs (reportlab), each checked for conservation (``tests/segmenting.segment_pdf``); copies of them are in
``/work/regress/in_lost78``. The real ones: ``/work/regress/in_trial78c/de_letter_URletter-DEMO.pdf`` and
``ja_ruby_pxrubrica-test-toc.pdf``.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from pdfmaker import EN, EN_BOLD, JA, drawn_pdf  # noqa: E402
from segmenting import segment_pdf, text_of  # noqa: E402

HEAD = ("FAKULTÄT FÜR PHYSIK", "Institut für Experimentelle und", "Angewandte Physik")
RETURN = "Universität Regensburg · 93040 Regensburg"
ADDRESSEE = ("Professor Dr. Max Mustermann", "Musterstraße 1", "12345 Musterstadt")
BODY = ["die Klasse liefert eine Möglichkeit, Briefe nach den Vorgaben des Corporate Design zu erstellen.",
        "Die Nutzung der Klasse lässt sich am einfachsten mit den Demodateien nachvollziehen, die beiliegen.",
        "Für genauere Informationen verweise ich auf die Anleitung."]
CELLS = (70.0, 190.0, 310.0, 430.0)


def _letter(labels, values, subject, sender, contacts, salutation, close, *, body=BODY, code=None) -> bytes:
    """A DIN 5008 letter as URletter sets it: the letterhead (12 pt) at the right, the return address (8 pt) over the
    addressee (12 pt) at the left, the sender's information block (8 pt) beside it, the reference fields' labels
    (8 pt) over their values (12 pt) in four cells, the subject (bold), the salutation, the text, its close and the
    sender's name; ``code``: a line of its own between two lines of the text."""
    runs = [(EN_BOLD, 6, 400, 790, HEAD[0]), (EN_BOLD, 12, 400, 774, HEAD[1]), (EN_BOLD, 12, 400, 760, HEAD[2]),
            (EN, 8, 70, 712, RETURN)]
    y = 690
    for t in ADDRESSEE:
        runs.append((EN, 12, 70, y, t))
        y -= 14
    y = 712
    for t in (sender, *contacts):
        runs.append((EN, 8, 400, y, t))
        y -= 10
    runs += [(EN, 8, x, 570, t) for x, t in zip(CELLS, labels)]
    runs += [(EN, 12, x, 556, t) for x, t in zip(CELLS, values)]
    runs += [(EN_BOLD, 12, 70, 520, subject), (EN, 12, 70, 492, salutation)]
    y = 470
    for k, t in enumerate(body):
        runs.append((EN, 12, 70, y, t))
        y -= 15
        if code is not None and k == 0:
            y -= 10
            runs.append((EN, 12, 70, y, code))
            y -= 25
    y -= 15
    if close is not None:
        runs.append((EN, 12, 70, y, close))
        y -= 36
    runs.append((EN, 12, 70, y, sender))
    return drawn_pdf([runs])


def _talk(pdf: bytes, name: str):
    out = Path("/work/regress/in_lost78")
    if out.is_dir():
        (out / name).write_bytes(pdf)
    doc = segment_pdf(pdf, name=name)  # conservation asserted there
    [talk] = doc.talks
    return talk


def _front(talk) -> list[str]:
    return [t.text for t in talk.front]


GERMAN = (["Ihr Zeichen", "Ihr Schreiben vom", "Unser Zeichen", "Datum"], ["AB/12", "08.08.2012", "CD/3", "1. Februar 2019"])
DEMO = (["Ihr Zeichen", "Ihr Schreiben vom", "Unser Zeichen", "Datum"],
        ["Ihr Zeichen", "08.08.2012", "Unser Zeichen", "1. Februar 2019"])  # URletter's demo fills its fields so
ENGLISH = (["Your ref", "Your letter of", "Our ref", "Date"], ["JS/44", "2 March 2026", "KL/7", "14 March 2026"])
SUBJECT_DE = "Vorlage im Corporate Design der Universität Regensburg"
SUBJECT_EN = "Renewal of the berth lease at the Harbour of Kiel"
CONTACTS = ["Telefon +49 941 943-2924", "Fax +49 941 943-2925", "E-Mail tex@example.org"]


@pytest.mark.parametrize("name,fields,subject,salutation,close", [
    ("din_letter_de.pdf", GERMAN, SUBJECT_DE, "Sehr geehrter Interessent,", "Mit freundlichen Grüßen"),
    ("din_letter_demo.pdf", DEMO, SUBJECT_DE, "Sehr geehrter Interessent,", "Happy TeXing"),
    ("din_letter_en.pdf", ENGLISH, SUBJECT_EN, "Dear Professor Mustermann,", "Yours sincerely,"),
    ("din_letter_unsigned.pdf", GERMAN, SUBJECT_DE, "Sehr geehrte Damen und Herren,", None),
])
def test_a_din_letters_subject_is_its_title_its_reference_fields_front(name, fields, subject, salutation, close):
    labels, values = fields
    talk = _talk(_letter(labels, values, subject, "Marei Peischl", CONTACTS, salutation, close), name)
    assert text_of(talk.title.en) == subject
    assert text_of(talk.speaker.name) == "Marei Peischl"
    assert [text_of(a.name) for a in talk.speaker.authors] == ["Marei Peischl"]
    # the letterhead's institute, cut after its ``und``, is the sender's affiliation whole
    assert text_of(talk.speaker.affiliation) == "Institut für Experimentelle und Angewandte Physik"
    front = _front(talk)
    assert "\t".join(labels) in front and "\t".join(values) in front  # the fields, whole, where they stand
    assert RETURN in front and ADDRESSEE[0] in front
    speaker_text = text_of(talk.speaker.text)
    assert not any(label in speaker_text for label in labels)


def test_no_cell_of_a_letters_head_is_lost_to_an_author_grid():
    """The demo's head read as a grid of names (``Angewandte Physik``, ``Professor Dr. Max Mustermann``, ``Ihr
    Zeichen``): a cell under no name (the return address, ``Ihr Schreiben vom``) makes the lines no grid, and every
    character reaches the output (conservation is asserted by ``segment_pdf``)."""
    labels, values = DEMO
    talk = _talk(_letter(labels, values, SUBJECT_DE, "Marei Peischl", CONTACTS, "Sehr geehrter Interessent,", None),
                 "din_letter_grid.pdf")
    held = " ".join([*_front(talk), text_of(talk.title.en) or "", text_of(talk.speaker.text) or ""])
    for cell in (RETURN, "Ihr Schreiben vom", "08.08.2012", "Datum", "1. Februar 2019"):
        assert cell in held


def test_an_option_typed_as_its_key_and_value_heads_no_section():
    labels, values = GERMAN
    talk = _talk(_letter(labels, values, SUBJECT_DE, "Marei Peischl", CONTACTS, "Sehr geehrter Interessent,",
                         "Mit freundlichen Grüßen", code="Paketname={Option1,Option2}"), "din_letter_code.pdf")
    assert not any("Paketname" in s.title.text for s in talk.sections)


def test_near_miss_a_letter_without_reference_fields_as_before():
    """No reference fields: the subject under the date over the salutation is the title as before
    (``letters.unlabelled_subject``)."""
    talk = _talk(_letter(["", "", "", ""], ["", "", "", "14. März 2026"], "Verlängerung des Liegeplatzvertrags",
                         "Karin Lund", ["Telefon +49 431 123456"], "Sehr geehrte Frau Berg,", "Mit freundlichen Grüßen"),
                 "din_letter_dated.pdf")
    assert text_of(talk.title.en) == "Verlängerung des Liegeplatzvertrags"


def test_reference_lines_by_their_labels():
    from pipeline.segment.letters import reference_block, reference_line

    assert reference_line("Ihr Zeichen\tUnser Zeichen\tDatum")
    assert reference_line("Your ref: AB/1\tOur ref: CD\tDate: 3 May 2026")
    assert not reference_line("Datum\tOrt")  # one label
    assert not reference_line("Our reference group met on 3 May.")  # one cell
    assert not reference_line("Yourself\tOurselves")  # no label, only its letters
    assert reference_block(["Ihr Zeichen\tUnser Zeichen\tDatum", "AB/12\tCD/3\t1. Februar 2019"], 1)
    assert not reference_block(["Name\tTelefon", "Jo\t123"], 1)


# ---------------------------------------------------------------- ruby over a base spread to fit it

BASE, RUBY = 10.0, 5.0


def _ruby_line(parts: list[tuple[str, str | None]], *, spread: bool = True, y: float = 700.0) -> list:
    """Runs for a line of 10 pt Japanese with 5 pt ruby over some of its words (``(base, ruby)``; ``None``: no ruby):
    a base shorter than its ruby is spread to the ruby's extent, its glyphs evenly apart (``spread``; else set solid,
    the ruby overhanging both sides), the ruby set solid over it, centred."""
    runs, x = [], 72.0
    for base, ruby in parts:
        natural = len(base) * BASE
        width = natural if ruby is None else max(natural, len(ruby) * RUBY) if spread else natural
        gap = (width - natural) / (len(base) - 1) if len(base) > 1 else 0.0
        for k, ch in enumerate(base):
            runs.append((JA, BASE, x + k * (BASE + gap) + (width - natural if len(base) == 1 else 0) / 2, y, ch))
        if ruby is not None:
            runs.append((JA, RUBY, x + (width - len(ruby) * RUBY) / 2, y + BASE + 0.5, ruby))
        x += width
    return runs


PREAMBLE = [("正当に選挙された", None), ("国会", "こくくわい"), ("における代表者を通じて行動し、", None)]
LINES = [
    PREAMBLE,
    [("国民の", None), ("厳粛", "げんしゆく"), ("な信託によるものであつて、その", None), ("権力", "けんりよく"), ("は国民の", None)],
    [("努めてゐる", None), ("国際社会", "こくさいしやくわい"), ("において、名誉ある地位を占めたい。", None)],  # group ruby
    [("この", None), ("素人", "しろうと"), ("の考へは、", None), ("詔勅", "せうちよく"), ("を排除する。", None)],  # jukujikun
]


def _clean_lines(pdf: bytes, name: str):
    from pipeline.clean import clean
    from pipeline.extract import extract

    out = Path("/work/regress/in_lost78")
    if out.is_dir():
        (out / name).write_bytes(pdf)
    extracted = extract(pdf, name=name)
    segment_pdf(pdf, name=name)  # conservation
    return extracted, [t.text for t in clean(extracted).lines]


def test_the_white_a_base_is_spread_with_under_its_ruby_is_no_space():
    pages = [[run for k, parts in enumerate(LINES) for run in _ruby_line(parts, y=700.0 - 30 * k)]]
    extracted, lines = _clean_lines(drawn_pdf(pages), "ruby_spread.pdf")
    text = "".join(lines)
    for word in ("国会", "厳粛", "権力", "国際社会", "素人", "詔勅"):
        assert word in text
    assert " " not in text
    rows = [row for row in extracted.ledger if row.rule == "close_up_ruby_base"]
    assert rows and all(row.text == " " and row.reason == "spacing" for row in rows)


def test_near_miss_a_space_between_kanji_under_no_ruby_stays():
    """Two words set apart with no ruby over them (``山田 太郎``), a base set solid under a ruby that overhangs it
    (no white inside it), and a space after a ruby's base before the next word: no row, the space stays."""
    runs = [(JA, BASE, 72, 700, "山田"), (JA, BASE, 72 + 2 * BASE + 6, 700, "太郎"),
            (JA, BASE, 72 + 4 * BASE + 6, 700, "は東京の住民である。")]
    runs += _ruby_line([("この", None), ("国会", "こくくわい"), ("では", None)], spread=False, y=670)
    runs += _ruby_line([("その", None), ("紅葉", "もみじ")], y=640) + [(JA, BASE, 72 + 4 * BASE + 6, 640, "山は美しい。")]
    extracted, lines = _clean_lines(drawn_pdf([runs]), "ruby_near_miss.pdf")
    assert not [row for row in extracted.ledger if row.rule == "close_up_ruby_base"]
    assert "山田 太郎は東京の住民である。" in lines
    assert any("紅葉 山は美しい。" in t for t in lines)
