"""Makes the small papers of tests/test_real71b.py (helper real71b): run from the worktree root with
``PYTHONPATH=.:tests .venv/bin/python tests/data/real71b/make_inputs.py OUTDIR``."""

from __future__ import annotations

import sys
from pathlib import Path

from pdfmaker import EN, EN_BOLD, drawn_pdf, justified_paragraph, text_width

W = 595.28
BODY = ("The sediment that reaches a small harbour comes from the rivers that feed it and from the sea, and the "
        "share of each changes with the seasons. We measured both over three years at four sites and compare the "
        "budgets they give with the dredging records kept by the harbour board since the war.").split()
BODY2 = ("Les sédiments qui atteignent un petit port viennent des rivières et de la mer, et la part de chacun change "
         "avec les saisons. Nous les avons mesurés pendant trois ans sur quatre sites et comparons les bilans aux "
         "registres de dragage tenus par le port.").split()


def centred(font: str, size: float, y: float, text: str):
    return (font, size, (W - text_width(text, font, size)) / 2, y, text)


def paper(title: str, authors: list, head: str | None, heads_on_first: bool, pages: int, body=BODY,
          headings=("Introduction", "Methods", "Results")) -> bytes:
    out = []
    for p in range(pages):
        runs = []
        if head is not None and (p > 0 or heads_on_first):
            runs.append((EN, 9, 72, 800, head))
        if p == 0:
            y = 740
            runs.append(centred(EN_BOLD, 17, y, title))
            y -= 34
            for row in authors:
                runs.extend(row(y))
                y -= 16
            y -= 20
            runs.append((EN_BOLD, 10, 72, y, "Abstract"))
            runs.extend(justified_paragraph(body[:30], y - 16))
            y -= 80
        else:
            y = 760
        runs.append((EN_BOLD, 12, 72, y, f"{p + 1}  {headings[p % len(headings)]}"))
        runs.extend(justified_paragraph(body, y - 18))
        runs.extend(justified_paragraph(body, y - 100))
        runs.append(centred(EN, 10, 40, str(p + 1)))
        out.append(runs)
    return drawn_pdf(out)


def line(text, size=11, font=EN):
    return lambda y: [centred(font, size, y, text)]


def side_by_side(left: str, right: str, size=11):
    return lambda y: [(EN, size, 120, y, left), (EN, size, 340, y, right)]


INPUTS = {
    # the title repeated as the running head of the later pages, set larger on page 1
    "title_head_3p.pdf": paper("Harbour Sediment Budgets", [line("Harbour Data Development Team", 12)],
                               "Harbour Sediment Budgets", False, 3),
    "title_head_2p.pdf": paper("Tidal Flow Models for Small Estuaries", [line("The tidekit Developers", 12)],
                               "Tidal Flow Models for Small Estuaries", False, 2),
    "title_head_fr.pdf": paper("Bilans sédimentaires des petits ports", [line("Claire Dubois", 12), line("Université de Caen", 10)],
                               "Bilans sédimentaires des petits ports", False, 3, body=BODY2,
                               headings=("Introduction", "Méthodes", "Résultats")),
    "title_head_package.pdf": paper("knitr Internals", [line("knitr Core Team", 12)], "knitr Internals", False, 3),
    # near miss: a journal's running head on every page, the first included, at one size: furniture everywhere
    "journal_head_not_title.pdf": paper("Harbour Sediment Budgets", [line("Anna Keller"), line("University of Bergen", 10)],
                                        "Journal of Coastal Studies 12 (2026)", True, 3),
    # authors in capitals
    "caps_authors_and.pdf": paper("Sediment Transport in Narrow Channels", [line("JOHN SMITH AND MARY LEE")], None, False, 2),
    "caps_authors_comma.pdf": paper("Wave Loads on Harbour Walls", [line("KENJI ONO, RUTH ADLER, AND OMAR HASSAN")],
                                    None, False, 2),
    "caps_authors_initials.pdf": paper("Dredging Records as Data", [line("J. SMITH, M. LEE")], None, False, 2),
    # near miss: a heading in capitals under the title names no one
    "caps_heading_no_author.pdf": paper("Wave Loads on Harbour Walls", [line("RESULTS AND DISCUSSION", 12, EN_BOLD)],
                                        None, False, 2),
    # authors stacked one under the other, each over its affiliation, a gap between the pairs
    "stacked_two.pdf": paper("Salt Marsh Accretion Rates", [line("Maria Costa", 12), line("FEUP, Universidade do Porto", 12),
                                                           lambda y: [], line("Henrik Lund", 12), line("DTU Aqua, Kongens Lyngby", 12)],
                             None, False, 2),
    "stacked_three.pdf": paper("Wave Loads on Harbour Walls", [line("Kenji Ono", 12), line("Tohoku University", 12),
                                                              line("Ruth Adler", 12), line("IFREMER, Brest", 12),
                                                              line("Omar Hassan", 12), line("LNEC, Lisboa", 12)],
                               None, False, 2),
    # near miss: a name over a date, then a heading: no stack of credits
    "stacked_near_date.pdf": paper("Dredging Records as Data", [line("Maria Costa", 12), line("March 2026", 12),
                                                               line("Henrik Lund", 12), line("Harbour Notes", 12)],
                                   None, False, 2),
    # two authors side by side, each over an affiliation
    "side_by_side.pdf": paper("Salt Marsh Accretion Rates", [side_by_side("Maria Costa", "Henrik Lund"),
                                                             side_by_side("University of Porto", "Aarhus University", 10)],
                              None, False, 2),
}


if __name__ == "__main__":
    outdir = Path(sys.argv[1])
    for name, data in INPUTS.items():
        (outdir / name).write_bytes(data)
