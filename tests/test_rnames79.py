"""Issue 19 points 4 and 6 (helper rnames79, fresh-user trial 78d): a person's name is never filled nor offered.

- A given name and a surname filling a cell of a table's row — a results list, standings, a committee's officers —
  with other rows naming people in theirs (trial 78d's ``10   Peter Lum\ufffdy            Vet 60      24:05``, offered
  b and p: *lumpy* is a word): held whatever the word list says (:func:`prose_name.table_row_name`); so is the name
  before an English signer's post (``Peter Lum\ufffdy, Secretary``: :func:`abstention.english_signature_name`).
- A signer's name after a post and before a sign-off (``住職　大\ufffd 宗\ufffd　合掌``, 敬白, 拝): held as a name closing its
  line is (:func:`abstention.name_after_post`), in the talk stage too.
- A lost letter touching a priest's title after his name's letters (``如\ufffd上人``, ``鉄\ufffd玄\ufffd和尚``'s second) or
  opening a one-letter rest (``\ufffd海法師``): held (:func:`abstention.kana_before_title`).
- A kanji run Sudachi reads as a surname glued before the gap and a given name after it (a pen name, ``十返舎\ufffd九``):
  held whatever the fills (:func:`prose_name.surname_then_given`).
- A surname GeoNames lists as a town after ``grateful to``/``thanks to`` (``Rich\ufffdrdson``): held; a post in
  apposition (``Weber, De\ufffdn, Faculty of …``) is no lone surname.

Near misses keep their fills: an intact row, a category's cell, a venue's and a menu's table, a common word after a
post (``住職の\ufffd話``), a particle after a temple's word (``山寺\ufffd和尚``), a common word ending on a title
(``琵\ufffd法師``), a post after a surname (``長谷川\ufffd督``), a town after ``drove to``. Measured on clean text in
docs/restore.md (*Session 79, rnames79*)."""

from __future__ import annotations

import pytest

from tests.test_name75 import _held

G = "\ufffd"


def _repairs(text: str) -> list[dict]:
    from pipeline.restore import restore_text
    return restore_text(text.replace("?", G) + "\n")["repairs"]


def _talk_repairs(text: str) -> list:
    """The repairs of ``text`` (its ``?`` the lost glyphs) through segment and the talk stage's restore."""
    from pipeline.restore import restore
    from tests.segment_inputs import segmented_text

    return [r for t in restore(segmented_text(text.replace("?", G) + "\n")).talks for r in t.repairs]


def _held_repair(r) -> bool:
    """A talk-stage repair (a :class:`pipeline.model.Repair`) held as a person's name: no fill, no candidate."""
    return r.restored is None and not r.candidates and any(
        e.kind == "abstention" and e.detail.startswith("a person's name") for e in r.evidence)


# -- a name filling a table's cell -----------------------------------------------------------------------------------

RESULTS = "Pos  Rider                      Category    Time\n1    Tom Haverstock             Senior      20:41\n" \
          "2    Rhys Calloway              Vet 40      20:52\n"

TABLE_ROWS = [
    # the trial's shape, the gap's word a word of English (*lumpy*)
    RESULTS + "3    Peter Lum?y                Vet 60      24:05",
    # the given name lost before a surname no list knows
    RESULTS + "3    Pe?er Lumby                Vet 60      24:05",
    # a fell race's standings, the club a column after the name (*smug*, *smog*)
    "Place  Name               Club                 Points\n1      Sarah Kettleborough     Ilkley Harriers      60\n"
    "2      Owen Pritchard      Otley AC             58\n3      Brian Sm?g          Skyrac AC            55",
    # a committee's officers, the post before the name
    "Chair                 Margaret Fenwick\nVice-Chair            Tony Albright\nSecretary             Peter Lum?y",
]


@pytest.mark.parametrize("text", TABLE_ROWS)
def test_a_name_filling_a_tables_cell_is_held(text):
    r = _repairs(text)[-1]
    assert _held(r), r
    # a column headed ``Name`` is read by its header first since names82 (name_rows.name_column_cell)
    assert "table's row" in r["evidence"][0]["detail"] or "table's column of names" in r["evidence"][0]["detail"]


TABLE_NEAR_MISSES = [
    # a category's cell, a venue's table, a menu's: their words keep their fills
    (RESULTS + "3    Peter Lumby                Se?ior      24:05", "n"),
    ("Venue                 Date\nVictoria Par?         Sat 14 June\nRose Garden           Sun 15 June\n"
     "Albert Hall           Sat 21 June", None),
    ("Victoria Spon?e       £3.50\nLemon Drizzle         £2.80\nCarrot Cake           £3.00", "g"),
]


@pytest.mark.parametrize("text, fill", TABLE_NEAR_MISSES)
def test_a_tables_other_cells_keep_their_fills(text, fill):
    r = _repairs(text)[-1]
    assert not _held(r), r
    assert r["candidates"], r
    if fill is not None:
        assert r["restored"] == fill, r


def test_an_intact_row_is_unchanged():
    from pipeline.restore import restore_text
    text = RESULTS + "10   Peter Lumby   Vet 60      24:05\n"
    out = restore_text(text)
    assert out["repairs"] == [] and out["text"] == text


@pytest.mark.parametrize("text", ["Peter Lum?y, Secretary", "Gareth Pryce, Time Trial Secretary\nPeter Lum?y, Treasurer"])
def test_a_signers_name_before_an_english_post_is_held_whatever_the_word_list(text):
    r = _repairs(text)[-1]
    assert _held(r), r


@pytest.mark.parametrize("text", ["Grace Chur?h, Secretary", "Annual Rep?rt, Chair", "D? Hannah Brooks, Head of Air Quality"])
def test_a_place_a_heading_or_a_title_before_a_post_keeps_its_fills(text):
    r = _repairs(text)[-1]
    assert not _held(r) and r["candidates"], r


def test_table_row_name_reads_the_rows_around():
    from pipeline.restore.evidence.prose_name import table_row_name, table_rows
    lines = RESULTS.rstrip("\n").split("\n") + ["3    Peter Lum\ufffdy                Vet 60      24:05"]
    assert table_row_name(lines[-1], 14, 15, lambda: table_rows(lines, 3)) == "Peter Lum\ufffdy"
    # one row alone names no table
    assert table_row_name(lines[-1], 14, 15, lambda: []) is None


# -- a signer's name before a sign-off -------------------------------------------------------------------------------

LEAFLET = ("臨済宗妙心寺派\n瑞雲山　光明寺　略縁起\n\n■ 開創\n当山は室町時代に開かれたと伝えられる。"
           "本堂は江戸時代の建築である。\n\n■ 年中行事\n一月一日　修正会\n八月十六日　施餓鬼会\n\n{}\n")

SIGNERS = [
    # both parts of the name lost a letter (one part whole is read by the spaced name's shape already)
    "瑞雲山　光明寺　住職　藤? 浩?　合掌",
    "八幡宮　宮司　?川 正?　敬白",
    "ひまわり保育園　園長　長?川 美?子　拝",
    "後援会　会長　?田 和?　謹白",
]


@pytest.mark.parametrize("line", SIGNERS)
def test_a_signers_name_before_a_sign_off_is_held_in_the_talk_stage(line):
    repairs = _talk_repairs(LEAFLET.format(line))
    assert repairs and all(_held_repair(r) for r in repairs), repairs


def test_a_common_word_after_a_post_before_a_sign_off_keeps_its_fills():
    from pipeline.restore.evidence.abstention import name_after_post
    assert not name_after_post("住職の\ufffd話　合掌", 3)
    r = _repairs("住職の?話　合掌")[-1]
    assert not _held(r) and r["candidates"], r


# -- a priest's title ------------------------------------------------------------------------------------------------

CLERGY = [
    ("如?上人が開いた寺である。", -1),
    ("開山は鉄?玄?和尚である。", -1),  # the second gap touches the title
    ("当寺の?海法師が立ち寄った。", -1),
    ("その後、良?禅師が再興した。", -1),
]


@pytest.mark.parametrize("text, k", CLERGY)
def test_a_gap_touching_a_priests_title_after_his_name_is_held(text, k):
    r = _repairs(text)[k]
    assert _held(r), r


@pytest.mark.parametrize("text", ["琵?法師が平家物語を語った。", "山寺?和尚が毬をついた。", "寺の?和尚が来た。"])
def test_a_common_word_or_a_particle_before_a_title_keeps_its_fills(text):
    r = _repairs(text)[-1]
    assert not _held(r) and r["candidates"], r


# -- a pen name Sudachi reads ----------------------------------------------------------------------------------------

def test_a_pen_name_sudachi_reads_is_held():
    r = _repairs("作者の十返舎?九は駿府の生まれです。")[-1]
    assert _held(r), r


def test_a_post_after_a_surname_is_no_given_name():
    r = _repairs("長谷川?督の演出は見事だった。")[-1]
    assert not _held(r) and r["candidates"], r


# -- a lone surname, a post in apposition ----------------------------------------------------------------------------

def test_a_surname_that_is_a_town_after_grateful_to_is_held():
    r = _repairs("The committee is most grateful to Rich?rdson for the loan of the boat.")[-1]
    assert _held(r), r


def test_a_town_after_drove_to_keeps_its_fill():
    r = _repairs("We drove to Rich?rdson on Sunday.")[-1]
    assert r["restored"] == "a", r


def test_a_post_in_apposition_is_no_lone_surname():
    r = _repairs("James Dean spoke first.\nProf. Anna Weber, De?n, Faculty of Civil Engineering")[-1]
    assert not _held(r) and r["candidates"][0]["text"] == "a", r
