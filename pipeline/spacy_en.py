"""The process's one English spaCy pipeline: a blank English tokenizer with a sentencizer.

No trained English pipeline can be installed here (none is on PyPI), so English is spaCy's rule-based
tokenizer (``spacy.blank("en")``) and sentencizer; the structure stage tokenizes with it and the gloss
index lemmatises with spaCy's rule lemmatiser on its vocabulary (:mod:`pipeline.glosses`). One pipeline
per process, as :mod:`pipeline.sudachi` is the one Japanese dictionary: ``make bench`` counts how many
were built.
"""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=1)
def nlp():
    """The pipeline (built on first use, about 0.3 s).

    >>> nlp() is nlp(), nlp().pipe_names
    (True, ['sentencizer'])
    """
    import spacy

    pipeline = spacy.blank("en")
    pipeline.add_pipe("sentencizer")
    return pipeline
