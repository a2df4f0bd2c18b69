"""Do no harm in the clean and furniture stages (real-PDF fresh-user trial 79c; helper ghost79).

a. A row of a symbol table (a glyph, the command that writes it: ``Ł \\L  ø \\o  Ø \\O  œ \\oe``, ``λ \\lambda  µ \\mu``)
   is no ghost by shape: a ghost's tokens are fragments of words, letters alone (``ghosts.MIN_STRONG_FRAGMENTS``).
   Near misses: the sample's ghosts by shape (``Ki k h h ifi h i f h l i d h``, ``(Di t h d b F k k B k)``) and a
   ghost of its neighbour still go.
b. A slash list naming variants (``TeX/LaTeX/LaTeXe``) is no doubled layer: its copies would start or end inside a
   token (``layers._list_pieces``). Near misses: ``DalianDalian`` and a list glued to itself whole
   (``Economic growth/rateEconomic growth/rate``) still collapse.
c. A block repeated on every page at the same place (a deck's sidebar quoting a book, its source under it) is
   furniture whole or not at all: no line of it that continues its sentence, nor its source set flush under it in
   the bottom band, goes to the ledger alone (``furniture._sentence_pieces``, ``extract.furniture._block_edge``).
   Near miss: a deck's real running foot still goes.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.segmenting import kept_texts, segment_pdf, segment_text, slides_of

TRIAL = Path("/work/regress/in_trial79c")


def _cleaned(text: str) -> tuple[list[str], list]:
    from pipeline.clean import clean
    from pipeline.extract import extract

    cleaned = clean(extract(text.encode("utf-8"), name="made-up.txt"))
    return [line.text.text if hasattr(line.text, "text") else line.text for line in cleaned.lines], cleaned.ledger


# --- a. rows of a symbol table -------------------------------------------------------------------------------------

SHEET = "\n".join([
    "その他",
    "a \\.a   ˙   ´a \\'a   ¨a \\\"a   `a \\`a",
    "˜a \\~a   ˚a \\aa   A \\AA   æ \\ae",
    "Ł \\L   ø \\o   Ø \\O   œ \\oe",
    "ß \\ss   ˘a \\u a   ˇa \\v a",
    "",
    "ギリシャ文字",
    "α \\alpha   β \\beta   γ \\gamma   δ \\delta",
    "λ \\lambda   µ \\mu   ν \\nu   ξ \\xi   π \\pi",
    "ρ \\rho   σ \\sigma   τ \\tau   υ \\upsilon",
])


@pytest.mark.parametrize("row", ["Ł \\L   ø \\o   Ø \\O   œ \\oe", "λ \\lambda   µ \\mu   ν \\nu   ξ \\xi   π \\pi"])
def test_symbol_table_rows_are_no_ghosts(row: str) -> None:
    lines, ledger = _cleaned(SHEET)
    assert " ".join(row.split()) in [" ".join(s.split()) for s in lines]
    assert not [r for r in ledger if r.reason == "ghost-line"]


@pytest.mark.parametrize("ghost, source", [
    ("Ki k h h ifi h i f h l i d h", None),  # by shape alone (the sample's)
    ("(Di t h d b F k k B k)", None),  # its brackets: 8 of 10 tokens letters alone
    ("C t it ti i R i", "Current situation in Russia"),  # a ghost of its neighbour
])
def test_real_ghosts_still_go(ghost: str, source: str | None) -> None:
    text = "\n".join(x for x in ["Exchange programme", ghost, source, "The harbour grew in 1990."] if x)
    lines, ledger = _cleaned(text)
    assert ghost not in lines
    assert [r.text for r in ledger if r.reason == "ghost-line"] == [ghost]


# --- b. a slash list naming variants -------------------------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "\\TeX/\\LaTeX/\\LaTeXe TEX/LATEX/LATEX 2ε（ロゴ）",
    "TeX/LaTeX/LaTeXe",
    "Word/WordPad/WordPadPro",
])
def test_slash_list_is_no_doubled_layer(line: str) -> None:
    lines, ledger = _cleaned("ロゴ\n" + line + "\nその他")
    assert line in lines
    assert not [r for r in ledger if r.reason == "doubled-layer"]


@pytest.mark.parametrize("line, fixed", [
    ("DalianDalian", "Dalian"),
    ("Economic growth/rateEconomic growth/rate", "Economic growth/rate"),
])
def test_doubled_layers_still_collapse(line: str, fixed: str) -> None:
    lines, _ = _cleaned("Offices\n" + line + "\nThe harbour grew in 1990.")
    assert fixed in lines and line not in lines


# --- c. a block repeated in a deck's sidebar ------------------------------------------------------------------------

QUOTE = ["Gentle reader: This is a handbook about harbours,", "a new guide to the coast intended for the",
         "creation of beautiful maps and especially", "for maps that show a lot of tides."]
SOURCE = "(Anna Berg, The Harbour Book)"
BODIES = [["Ferries carry 2,000 people a day", "Two new routes opened in May"],
          ["The port handles 40 ships a week", "Cargo rose by a tenth last year"],
          ["Tides reach four metres in spring", "The dock gates close at high water"],
          ["Visitors come by train and by bus", "The museum opens every weekend"]]
TITLES = ["Ferries", "Cargo", "Tides", "Visitors"]


def _deck(foot: str | None = None) -> bytes:
    from tests.pdfmaker import EN, drawn_pdf, text_width

    pages = []
    for title, body in zip(TITLES, BODIES):
        runs = [(EN, 14.0, 100.0, 245.0, title)]
        runs += [(EN, 10.0, 100.0, 200.0 - 16 * k, line) for k, line in enumerate(body)]
        runs += [(EN, 9.0, 11.5, 80.0 - 13.5 * k, line) for k, line in enumerate(QUOTE)]
        runs.append((EN, 8.0, 212.0 - text_width(SOURCE, EN, 8.0), 29.0, SOURCE))
        if foot is not None:
            runs.append((EN, 7.0, 250.0, 8.0, foot))
        pages.append(runs)
    return drawn_pdf(pages, size=(363.0, 272.0))


def _dump(foot: str | None = None) -> str:
    """The deck as a text dump paged by form feeds, the quote closing each page (and a foot under it)."""
    pages = ["\n".join([t, ""] + b + [""] + QUOTE + ([foot] if foot else [])) for t, b in zip(TITLES, BODIES)]
    return "Harbour Days\n\nAnna Berg\n\f" + "\n\f".join(pages) + "\n"


def test_dump_keeps_the_quote_whole() -> None:
    """Base: ``creation of beautiful maps and especially`` alone went to the ledger on every page."""
    doc = segment_text(_dump())
    assert not [r.text for r in doc.ledger if r.reason in ("running-footer", "running-header")]
    kept = " ".join(kept_texts(doc)) + " ".join(" ".join(lines) for talk in doc.talks for _, _, lines in slides_of(talk))
    assert kept.count(QUOTE[2]) == len(TITLES)


def test_dump_foot_under_the_quote_still_goes() -> None:
    foot = "Harbour Forum 2025"
    doc = segment_text(_dump(foot))
    dropped = [r.text for r in doc.ledger if r.reason in ("running-footer", "running-header")]
    assert dropped == [foot] * len(TITLES)


def _block_rows(doc) -> list[str]:
    """The block's lines the ledger holds as running heads or feet."""
    return [r.text for r in doc.ledger if r.reason in ("running-footer", "running-header") and r.text in QUOTE + [SOURCE]]


def test_sidebar_block_is_furniture_whole_or_not_at_all() -> None:
    doc = segment_pdf(_deck())
    rows = _block_rows(doc)
    kept = " ".join(" ".join(lines) for talk in doc.talks for _, _, lines in slides_of(talk)) + " ".join(kept_texts(doc))
    for line in QUOTE + [SOURCE]:
        # each page's copy goes to the ledger with the whole block, or stays with it
        assert rows.count(line) in (0, len(TITLES)), (line, rows)
        assert rows.count(line) == rows.count(QUOTE[0]), (line, rows)
        assert (line in kept) == (not rows), line


def test_sidebar_block_beside_a_real_foot() -> None:
    foot = "Harbour Forum 2025"
    doc = segment_pdf(_deck(foot))
    dropped = [r.text for r in doc.ledger if r.reason in ("running-footer", "running-header")]
    assert dropped.count(foot) == len(TITLES)
    rows = _block_rows(doc)
    assert all(rows.count(line) == rows.count(QUOTE[0]) for line in QUOTE + [SOURCE]), rows


def test_sentence_pieces_near_miss() -> None:
    """A two-line foot at each page's edge stays furniture whole (its lines' neighbours are furniture too)."""
    from pipeline.model import Text
    from pipeline.segment.furniture import _sentence_pieces

    ls = [Text.from_raw(s, n) for n, s in enumerate(["Body one", "Harbour City Council and", "its partners",
                                                      "Body two", "Harbour City Council and", "its partners"], 1)]
    found = {1: "running-footer", 2: "running-footer", 4: "running-footer", 5: "running-footer"}
    assert _sentence_pieces(ls, [[0, 1, 2], [3, 4, 5]], found) == []


# --- the trial's PDFs, where present -------------------------------------------------------------------------------

def _trial_lines(name: str) -> tuple[list[str], list]:
    from pipeline.clean import clean
    from pipeline.extract import extract

    path = TRIAL / name
    cleaned = clean(extract(path.read_bytes(), name=path.name))
    return [line.text.text if hasattr(line.text, "text") else line.text for line in cleaned.lines], cleaned.ledger


@pytest.mark.skipif(not (TRIAL / "ja_sheet_platexsheet.pdf").exists(), reason="trial 79c's inputs are not here")
def test_platexsheet_rows_kept() -> None:
    lines, ledger = _trial_lines("ja_sheet_platexsheet.pdf")
    flat = [" ".join(s.split()) for s in lines]
    assert "λ \\lambda µ \\mu ν \\nu ξ \\xi π \\pi" in flat
    assert any(s.endswith("\\o Ø \\O œ \\oe") for s in flat)
    assert "\\TeX/\\LaTeX/\\LaTeXe TEX/LATEX/LATEX 2ε（ロゴ）" in flat
    assert not [r for r in ledger if r.reason in ("ghost-line", "doubled-layer")]


@pytest.mark.skipif(not (TRIAL / "en_slides_beamer-verona-sidebar.pdf").exists(), reason="trial 79c's inputs are not here")
def test_beamer_sidebar_quote_whole() -> None:
    from pipeline.segment import segment
    from pipeline.clean import clean
    from pipeline.extract import extract

    path = TRIAL / "en_slides_beamer-verona-sidebar.pdf"
    doc = segment(clean(extract(path.read_bytes(), name=path.name)))
    dropped = [r.text for r in doc.ledger if r.reason in ("running-footer", "running-header")]
    assert not [t for t in dropped if "books" in t or "Knuth" in t], dropped
