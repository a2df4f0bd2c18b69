"""How often clean Japanese writes a bound euphonic stem before what cannot follow it (rest85, issue 19 point 1).

:func:`pipeline.restore.evidence.conjugation.stranded_fill` holds a fill that makes a verb's euphonic stem (蒔い,
行っ, 読ん) before anything but a particle or an auxiliary. It can lose a right commit only where the truth itself is
such a stem there. This script reads clean text of several registers, masks (in thought) the last character of every
bound stem Sudachi finds, and asks the rule, at that place, with the truth as the fill: every place it fires on is a
right fill it would hold. Sources (none read by the rule): the Japanese message catalogues on this machine
(``bench.farword_bench.HELD_OUT_CATALOGUES`` and ``FRESH_CATALOGUES``) and the regression battery's made-up
Japanese documents (/work/regress/in_*/*.txt, lines with a lost glyph skipped); with ``--news``, Japanese
Wikinews sentences (PyPI ``hironsancorpus``, as ``bench/farword_bench.py`` fetches it).

    PYTHONPATH=. .venv/bin/python -m bench.stem_bench [--show 20] [--news …/iob_sents.txt]
"""

from __future__ import annotations

import argparse
from pathlib import Path

from bench.farword_bench import FRESH_CATALOGUES, madeup_documents, message_documents, news_documents
from pipeline.model import GAP
from pipeline.restore import resources
from pipeline.restore.evidence.base import Site
from pipeline.restore.evidence.conjugation import BOUND_FORMS, stranded_fill


def places(line: str):
    """(start, end) of each bound stem's last character in ``line``."""
    for m in resources.tokenizer().tokenize(line):
        if m.part_of_speech()[5] in BOUND_FORMS and m.end() > m.begin():
            yield m.end() - 1, m.end()


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--show", type=int, default=20)
    ap.add_argument("--news", type=Path, help="hironsancorpus's iob_sents.txt (Japanese Wikinews sentences)")
    args = ap.parse_args(argv)
    sources = {"messages": message_documents() + message_documents(names=FRESH_CATALOGUES),
               "made-up": madeup_documents(skip="in_rest85")}
    if args.news is not None:
        sources["news"] = news_documents(args.news)
    fired_all = []
    for source, docs in sources.items():
        n = fired = 0
        for _name, lines in docs:
            for line in lines:
                if GAP in line or not line.strip():
                    continue
                for start, end in places(line):
                    n += 1
                    truth = line[start:end]
                    site = Site(line[:start] + GAP + line[end:], start, end)
                    hit = stranded_fill(site, truth)
                    if hit is not None:
                        fired += 1
                        fired_all.append((source, hit, line[max(0, start - 12):end + 12]))
        print(f"{source}: {n} bound stems in clean text, {fired} the rule would hold (right fills lost)")
    for source, hit, context in fired_all[:args.show]:
        print(f"  {source}: {hit} in {context!r}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
