"""Evidence providers for restore: each proposes fills for a gap, with a reason a person can check.

One module per kind of evidence (:mod:`repetition`,
:mod:`lexicon`, :mod:`charmodel`, :mod:`bilingual`, :mod:`abstention`); :mod:`pipeline.restore.scoring`
combines what they say.
"""
