"""Translation: the talk's English says what the Japanese lost (placeholder while moving)."""

from pipeline.restore.evidence.bilingual import word_proposals as propose  # noqa: F401
