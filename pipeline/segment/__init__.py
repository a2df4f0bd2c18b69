"""Segment: cleaned lines → talks, each a paper (sections) and slides, in the shape the document has.

One module per job:

* ``layout``: extract's facts per raw line (pages, text boxes, indents,
  widths, sizes), read from the ``Cleaned`` record;
* ``furniture``: page numbers and running headers/footers (ledger rows);
* ``titleblock`` and ``talks``: where talks start (weighed title-block
  cues), and whether a talk is a paper and its slides, a paper or a deck;
  a title block's lines by kind: ``organisations`` (city, organisation and
  client lines), ``names`` (person names, speaker lines), ``events`` (the
  event's name, the document's kind);
* ``front``: city, title, subtitle, speaker and their hints; ``authors``:
  each author of a speaker line with its marks and affiliation; ``places``: the
  city's English name from the talk's own English; ``cover``: the title,
  English title, subtitle and speaker a deck's cover gives;
* ``contents``: a table of contents, kept apart;
* ``paragraphs``: hard wraps joined (after furniture left, headings known);
* ``sections`` (with :mod:`pipeline.numbering`, the one heading-number
  solver): flat sections and hints for lost heading glyphs;
* ``slides``/``slidetext``: slides in number order from page numbers and
  page breaks;
* ``render`` (a readable rendering), ``conservation`` (the "nothing lost" check).

This module is the facade. Every cleaned line ends up in a talk or in the
ledger: a file with no evidence of several talks is one talk, and one with
no structure at all is one talk whose text is its ``front``.
"""

from __future__ import annotations

from pathlib import Path


def __getattr__(name: str):
    """The stage's names (``from pipeline.segment import segment``), from :mod:`pipeline.segment.stage`, imported on
    first use: importing a module of the package (``pipeline.segment.paragraphs``) runs this file, and a restore
    process that reads two of its functions was importing every module of the stage (a fifth of its start, issue 19
    point 5). A module of the package is imported as a module (``from pipeline.segment import sections``)."""
    if name.startswith("__") or (Path(__file__).parent / f"{name}.py").is_file():
        raise AttributeError(name)
    from pipeline.segment import stage

    try:
        return getattr(stage, name)
    except AttributeError:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None
