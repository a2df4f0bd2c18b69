"""Building blocks of the segment stage (see :mod:`pipeline.segment` for the facade).

One module per job: ``script`` (Japanese or English, by counting characters),
``romanize`` (kana → Hepburn, for talk ids), ``layout`` (text boxes and page
starts recovered from raw line numbers), ``talks`` (where talks start, paper
versus slides), ``front`` (city, title, subtitle, speaker), ``numbering`` and
``sections`` (numbered headings, the sequence, hints for lost digits),
``slides`` (page numbers and slide content), ``render`` (a readable text
rendering for people and golden files).
"""
