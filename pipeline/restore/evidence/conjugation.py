"""A verb's euphonic stem where nothing that can follow it follows (rest85, issue 19).

``種を蒔\ufffd (sow the seeds)``: 蒔い is the euphonic stem (音便) of 蒔いて / 蒔いた, and a euphonic stem is bound: in
standard Japanese it stands only before the particle て (で), the auxiliary た (だ) and the forms built on them (たり,
ちゃう, ても). Before a bracket, a full stop or a noun it cannot stand, so a fill that makes one there is no reading of
the text, however well the character model reads the two characters (it counts 蒔い in every 蒔いて).

The evidence is Sudachi's conjugation field of the filled window (part of speech field 6, 活用形: ``連用形-イ音便``,
``連用形-促音便``, ``連用形-撥音便``) and the part of speech of the morpheme after it (field 1: 助詞 or 助動詞 may follow,
nothing else). ``連用形-ウ音便`` (よろしゅう before ございます) is left alone: it stands before a verb. A stem at the
window's end, or before a line's end, is not judged (the line may go on with て). Measured with
``bench/stem_bench.py``: how often clean prose writes such a stem before anything else (the rule's only way to reject
a right fill); see docs/restore.md, *Session 85, rest85*.
"""

from __future__ import annotations

from pipeline.restore import resources
from pipeline.restore.evidence.base import Site

BOUND_FORMS = ("連用形-イ音便", "連用形-促音便", "連用形-撥音便")
"""Sudachi's 活用形 values of a bound euphonic stem (UniDic's conjugation forms, as SudachiDict writes them)."""
MAY_FOLLOW = ("助詞", "助動詞")
"""What may follow a bound stem: the particle て/で (and ても, たり's particle reading) and the auxiliaries た/だ/ちゃう."""
WIDTH = 8
"""Characters of context on each side read by Sudachi (as :meth:`Site.window`)."""


def stranded(text: str, at: int, end: int) -> tuple[str, str, str] | None:
    """The bound stem covering ``text[at:end]`` and what follows it, where that cannot follow it, else ``None``.

    Returns ``(stem, 活用形, following)``; ``following`` is the next morpheme's surface (a space skipped).

    >>> stranded("種を蒔い (sow", 2, 4)
    ('蒔い', '連用形-イ音便', '(')
    >>> stranded("種を蒔いて、", 2, 4) is None
    True
    """
    morphemes = list(resources.tokenizer().tokenize(text))
    for k, m in enumerate(morphemes):
        if not (m.begin() < end and at < m.end()):
            continue
        form = m.part_of_speech()[5]
        if form not in BOUND_FORMS or m.end() < end:
            return None
        rest = [n for n in morphemes[k + 1:] if n.part_of_speech()[0] != "空白"]
        if not rest:
            return None  # the window (or the line) ends: what follows is not read
        following = rest[0]
        if following.part_of_speech()[0] in MAY_FOLLOW:
            return None
        return m.surface(), form, following.surface()
    return None


def stranded_fill(site: Site, fill: str) -> tuple[str, str, str] | None:
    """:func:`stranded` for ``fill`` at the gap of ``site`` (Japanese sites only; the line must go on after it)."""
    if site.script != "ja" or not site.right.strip():
        return None
    left = site.left[-WIDTH:]
    return stranded(left + fill + site.right[:WIDTH], len(left), len(left) + len(fill))


def lowered(shown: list[tuple[str, float]], site: Site) -> list[tuple[str, float]]:
    """``shown`` (fill, probability; best first) with the fills :func:`stranded_fill` holds moved after the others
    (each group in its order): a fill that makes a bound stem before what cannot follow it is listed, not first."""
    held = [stranded_fill(site, fill) is not None for fill, _ in shown]
    return [fp for fp, h in zip(shown, held) if not h] + [fp for fp, h in zip(shown, held) if h]
