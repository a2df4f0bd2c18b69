"""Measure the Latin-script language rule (``chardata.latin_lang``, helper lang78) on talk JSONs already written.

Usage: ``python bench/latin_langs.py DIR...``: every ``talks/*/*.json`` under the directories (a talk read by several
runs counted once, by its source's sha256 and id). For each talk whose ``paper.lang`` is ``en`` it prints the
document's language by today's :func:`pipeline.chardata.document_lang` and counts the English paragraphs, section
titles and slide lines that :func:`pipeline.chardata.text_lang` now reads in another language, listing them with
``-v``. The language rule is a function of the texts alone, so this is the before/after of every input those runs
read, without running the pipeline again.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

from pipeline.chardata import EN, document_lang, text_lang


def units(talk: dict) -> list[tuple[str, str]]:
    """``(lang, text)`` of the talk's paragraphs, section titles and slide lines, as structure reads them."""
    paper = talk["paper"]
    out = [(p["lang"], p["text"]) for p in (*paper["front"], *paper["footnotes"], *paper.get("closing", ()))]
    for s in paper["sections"]:
        if s.get("title"):
            out.append((s.get("title_lang") or EN, s["title"]))
        out.extend((p["lang"], p["text"]) for p in s["paragraphs"])
    for sl in talk.get("slides", ()):
        if sl.get("title"):
            out.append((sl.get("title_lang") or EN, sl["title"]))
        out.extend(zip(sl["line_langs"], sl["lines"]))
    return out


def main(dirs: list[str], verbose: bool) -> None:
    seen: set[tuple[str, str]] = set()
    docs, doc_changed, unit_count, unit_changed = Counter(), Counter(), 0, Counter()
    for d in dirs:
        for path in sorted(Path(d).glob("**/talks/*/*.json")):
            if path.name == "index.json":
                continue
            try:
                talk = json.loads(path.read_text(encoding="utf-8"))
            except (ValueError, OSError):
                continue
            key = (talk.get("source", {}).get("sha256", ""), talk.get("id", ""))
            if key in seen or talk.get("paper", {}).get("lang") != EN:
                continue
            seen.add(key)
            texts = units(talk)
            lang = document_lang((t for _, t in texts), EN)
            docs[EN] += 1
            if lang != EN:
                doc_changed[lang] += 1
                print(f"document {lang}: {path}")
            for old, text in texts:
                if old != EN:
                    continue
                unit_count += 1
                new = text_lang(text, lang)
                if new != EN:
                    unit_changed[new] += 1
                    if verbose:
                        print(f"  {new}: {text[:110]!r}  ({path.parent.name})")
    print(f"English talks: {docs[EN]}, read in another language now: {dict(doc_changed)}")
    print(f"English units: {unit_count}, read in another language now: {dict(unit_changed)}")




def raw(root: str) -> None:
    """``python bench/latin_langs.py --raw DIR``: the document language of every text input under ``DIR`` read raw
    (its whole text, as the clean stage's hyphen join reads it: :func:`pipeline.clean.hyphenation.wraps_lang`), and
    how many English ones it reads in another language."""
    from pipeline.clean.hyphenation import wraps_lang

    counts: Counter = Counter()
    for path in sorted(Path(root).glob("**/*.txt")):
        text = path.read_text(encoding="utf-8", errors="replace")
        lang = wraps_lang([text])
        counts[lang] += 1
        if lang != EN:
            print(f"{lang}: {path}")
    print(f"text inputs by the join's language: {dict(counts)}")


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if a not in ("-v", "--raw")]
    if "--raw" in sys.argv[1:]:
        for root in args:
            raw(root)
    else:
        main(args, "-v" in sys.argv[1:])
