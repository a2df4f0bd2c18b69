"""PDF input for helper abs74 (issue 16 point 2: a book of abstracts whose first abstract's title, in sentence case,
runs past 80 characters on its line; fresh-user trial 73d's kind).

Run: /work/wt/abs74/.venv/bin/python make_abs74.py  (writes the PDF beside this script)."""
import importlib.util
from pathlib import Path

HERE = Path(__file__).parent
_SPEC = importlib.util.spec_from_file_location("make_paper67", HERE.parent / "paper67" / "make_paper67.py")
_PAPER67 = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(_PAPER67)

ABSTRACTS = [
    ("A1.", "Long-term changes in rocky shore limpet populations on the north-east coast of Scotland",
     "Fiona MacLeod(1), Aidan Ferguson(1), Mei-Ling Chou(2)",
     ["(1) School of Biological Sciences, University of Aberdeen, UK",
      "(2) Department of Marine Science, National Sun Yat-sen University, Kaohsiung, Taiwan"],
     ["We compared limpet densities recorded between 1978 and 1985 with new surveys at 14 sites between",
      "Stonehaven and Fraserburgh. Mean density declined by 38 percent, with the steepest losses at sites",
      "exposed to increased wave energy."]),
    ("A2.", "Microplastic ingestion by shore crabs in estuarine mudflats of North Wales over two years",
     "Joanna Przybylska(1), Rhys Vaughan(2)",
     ["(1) Institute of Oceanology, Polish Academy of Sciences, Sopot, Poland",
      "(2) School of Ocean Sciences, Bangor University, Menai Bridge, UK"],
     ["Shore crabs were collected monthly from three estuaries in North Wales over two years. Microplastic",
      "particles were found in the stomachs of 61 percent of individuals."]),
    ("A3.", "Acoustic monitoring of harbour porpoises in the Moray Firth",
     "Catriona Ross(1), Paul Thompson(1)", ["(1) Lighthouse Field Station, University of Aberdeen, Cromarty, UK"],
     ["Passive acoustic detectors were moored at 20 locations from Lossiemouth to Inverness. Porpoise",
      "detections were strongly seasonal and peaked in July."]),
]


def book():
    p = _PAPER67.Page(str(HERE / "abs74_long_titles.pdf"))  # beside this script
    p.line("Proceedings of the 9th Northern Symposium on Coastal Ecology", "Helvetica-Bold", 13, lead=18)
    p.line("Book of Abstracts", "Helvetica", 11, lead=24)
    for code, title, authors, affs, body in ABSTRACTS:
        p.line(f"{code} {title}", "Helvetica-Bold", 10, lead=14)
        p.line(authors, "Helvetica", 9.5, lead=12)
        for a in affs:
            p.line(a, "Helvetica-Oblique", 8.5, lead=11)
        p.gap(4)
        p.para(body, "Helvetica", 9.5)
        p.gap(8)
    p.save()


if __name__ == "__main__":
    book()
