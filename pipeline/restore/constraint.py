"""The bytes a mojibake repair kept of a lost glyph: a constraint on what restore may fill.

Clean leaves a lost glyph where the wrong reading of a Shift_JIS-family text
lost one of its character's bytes, and records the characters its surviving
bytes allow (``Cleaned.byte_hints``: a :class:`~pipeline.model.Hint` of kind
``bytes``; ``?? 42`` read as CP1252 can only be ``。 坑 州 殖 截``). Here that is
a constraint, applied to the one ranking every provider feeds:

- every allowed character is a candidate (proposed here when no provider did:
  ``。`` is no word a lexicon offers), and is read like any other candidate;
- no other candidate survives the ranking;
- the confidence is the calibrated model's over the whole pool, never
  renormalised among the allowed ones (the plain benchmark never saw a
  constraint, so none of its confidence may be lent to one); where it reaches
  the threshold the fill is committed, as anywhere else;
- a single lost glyph the plain verdict leaves open is committed by a rule of
  its own (:func:`settles`): the top allowed fill holds
  :data:`SHARE_THRESHOLD` of the allowed fills' probability and nothing made
  the verdict abstain. Its confidence is the measured precision of that class
  (:data:`SETTLED_CONFIDENCE`), measured by ``bench/constraint_bench.py`` on
  mojibake made of the calibration half's documents, each source held out.

The evidence of the verdict names the constraint (``the bytes E3 80 ?? (UTF-8
read as CP932) allow only 、 。 …``). Plain text (``pipeline restore -``) has
no bytes, hence no constraint.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Iterable, Sequence

from pipeline.model import BYTES_FILTER_NOTE, Evidence, Hint, Repair
from pipeline.restore.evidence.base import Proposal, Site

if TYPE_CHECKING:
    from pipeline.restore import Restorer, charlm

KIND = "bytes"
MAX_PROPOSED = 64
"""Fills proposed for a gap of several constrained glyphs at most: the whole product of their allowed sets when it
is no larger, else the ones the character model reads best (:func:`proposals`)."""

Allowed = tuple[tuple[str, ...] | None, ...]
"""For each glyph of a gap, the characters its bytes allow, or ``None`` where nothing constrains it."""


def allowed_sets(hints: Sequence[Hint | None]) -> Allowed:
    """Each glyph's allowed characters from its hint (only a ``bytes`` hint constrains).

    >>> h = Hint(3, 4, 1, ("。", "州"), Evidence("bytes", "the bytes ?? 42 (…) allow only 。 州"), tentative=True)
    >>> allowed_sets([h, None])
    (('。', '州'), None)
    """
    return tuple(h.candidates if h is not None and h.evidence.kind == KIND else None for h in hints)


def permits(allowed: Allowed, fill: str) -> bool:
    """The fill has, at every constrained glyph, one of the characters allowed there.

    >>> permits((("。", "州"), None), "。だ"), permits((("。", "州"), None), "てだ")
    (True, False)
    """
    return len(fill) == len(allowed) and all(a is None or ch in a for ch, a in zip(fill, allowed))


def proposals(allowed: Allowed, details: Iterable[str], site: Site | None = None,
              lm: "charlm.Scorer | None" = None) -> list[Proposal]:
    """Every fill the constraint allows, when each glyph is constrained; where they are more than
    :data:`MAX_PROPOSED` (``い`` or ``う`` then one of 31 marks is 155 fills), the :data:`MAX_PROPOSED` that the
    character model ``lm`` reads best in the site's context, built glyph by glyph (a beam). Without ``lm`` or
    ``site``, none then.

    They carry no feature of their own: how they read (the reading features) is what ranks them.

    >>> [p.fill for p in proposals((("。", "州"), ("だ",)), ["bytes"])]
    ['。だ', '州だ']
    """
    if any(a is None for a in allowed):
        return []
    total = 1
    for a in allowed:
        total *= len(a)
    detail = "; ".join(details)
    if total <= MAX_PROPOSED:
        fills = ["".join(chars) for chars in itertools.product(*allowed)]
    elif site is None or lm is None:
        return []
    else:
        fills = [""]
        for k, chars in enumerate(allowed):
            grown = [f + c for f in fills for c in chars]
            # the last glyph is read with the text after the gap, the others with what precedes them only
            right = site.right if k == len(allowed) - 1 else ""
            scores = lm.scores(site.left, grown, right)
            order = sorted(range(len(grown)), key=lambda i: (-scores[i], grown[i]))
            fills = [grown[i] for i in order[:MAX_PROPOSED]]
    return [Proposal(fill, KIND, detail, {}) for fill in fills]


@dataclass(frozen=True)
class Reading:
    """How the model reads a constrained gap's allowed fills (what :func:`settles` judges, and what
    ``bench/constraint_bench.py`` measures).

    >>> r = read([("は", 0.3), ("ば", 0.1)], 1, {"lex_known": 1.0}, False)
    >>> r.allowed, round(r.share, 2), round(r.margin, 2), r.known
    (2, 0.75, 0.5, 1.0)
    """

    allowed: int
    """Allowed fills the model weighed."""
    share: float
    """The top allowed fill's share of the allowed fills' probability (the model's, renormalised among them)."""
    margin: float
    """That share less the next allowed fill's (the share itself when it is alone)."""
    known: float
    """Surviving letters a dictionary word with the top fill matches (the lexicon's ``lex_known``)."""
    abstained: bool
    """The plain verdict abstains (a name, a number, a tense, a mark outside Japanese…): never committed here."""
    length: int


def read(kept: Sequence[tuple[str, float]], length: int, features: dict[str, float], abstained: bool) -> Reading:
    """The :class:`Reading` of ``kept`` (the allowed fills, best first, with the model's probability over the
    whole pool); ``features``: the top fill's."""
    total = sum(p for _, p in kept) or 1.0
    share = kept[0][1] / total
    second = kept[1][1] / total if len(kept) > 1 else 0.0
    return Reading(len(kept), share, share - second, float(features.get("lex_known", 0.0)), abstained, length)


SHARE_THRESHOLD = 0.99
"""A lost glyph whose bytes' allowed fills the model reads with its top one holding at least this share of their
probability (:attr:`Reading.share`; a lone allowed fill holds all of it) is committed by :func:`settles`.
Chosen on the calibration half of ``bench/constraint_bench.py`` (3 December, ``--half calibration --docs 4
--lines 30``: 12 sources, each restored with the character model counted without it): the lowest round share at
which every source's committed single glyphs, the plain verdict's and these together, stay right ≥ 0.95 at the
lower end of the one-sided 90% Wilson interval (worst source 0.961, gimp 40/40; at 0.95 manpages fell to 0.904).
Runs of several constrained glyphs are left to the plain verdict: at 0.99 they were right 60 of 70 (descriptions
12/16, lilypond 3/5)."""

MEASURED = ("UTF-8 read as CP932", "UTF-8 read as CP1252", "Shift_JIS read as CP1252")
"""The damages the bench makes and measured (``bench/constraint_bench.py``: 06m's, ``--codec cp1252``, trial 55's,
and ``--codec cp932:cp1252``, fresh-user trial 62's): :func:`settles` commits only a glyph whose bytes' hint names
one. EUC-JP read as a Western code page, and UTF-8 read as EUC-JP, leave other allowed sets, never measured: the
plain verdict decides them."""

SETTLED = {"UTF-8 read as CP932": (1110, 1111), "UTF-8 read as CP1252": (1977, 1980),
           "Shift_JIS read as CP1252": (2064, 2065)}
"""Right/committed of the single glyphs :func:`settles` commits beyond the plain verdict, on the calibration half
(a gap whose truth the bench could not tell counted wrong), per damage. UTF-8 read as CP932 (3 December, ``--docs 4
--lines 30``): 263/263 alone among the allowed fills, 847/848 with others beside them, Wilson lower 0.997. UTF-8 read
as CP1252 (4 December, ``--codec cp1252 --docs 8 --lines 40``, the share chosen on CP932 not chosen again):
1977/1980 (、 for 」 twice, そ for く), Wilson lower 0.997; the bytes lose only 0x81 0x8D 0x8F 0x90 0x9D, so a lost
glyph is one of a handful of characters (``E3 80 ??``: 、 」 』 【 〝). Shift_JIS read as CP1252 (5 December, ``--codec
cp932:cp1252 --docs 4 --lines 30``, the report half, never used to choose; the share chosen on CP932 not chosen
again): 2064/2065 (注 for 註), Wilson lower 0.998; CP1252 loses a lead byte 0x81 0x8D 0x8F 0x90 0x9D, so the trail
byte left allows five characters or so (``?? 41``: 、 喉 就 植 戡), one of them the text's as a rule."""

SETTLED_CONFIDENCE = 0.999
"""The confidence of such a commit: the class's measured precision, the damages pooled (5151/5156: 0.9990)."""


def settles(reading: Reading, details: Sequence[str]) -> bool:
    """The bytes and the model's reading of the fills they allow settle a single lost glyph the plain verdict left
    open: the top allowed fill holds :data:`SHARE_THRESHOLD` of the allowed fills' probability, the plain verdict
    abstained on nothing (a name, a number, a tense, a mark outside Japanese), and the bytes' hint (``details``:
    its evidence) is of a damage measured (:data:`MEASURED`) and lists the characters as evidence (a wider set, a
    filter only, :data:`pipeline.model.BYTES_FILTER_NOTE`, was never measured: the plain verdict decides it).

    >>> u8 = ["the bytes E3 ?? AF (UTF-8 read as CP932) allow only は"]
    >>> settles(Reading(1, 1.0, 1.0, 1.0, False, 1), u8), settles(Reading(31, 0.64 / 0.70, 0.85, 0.0, False, 1), u8)
    (True, False)
    >>> settles(Reading(1, 1.0, 1.0, 1.0, True, 1), u8), settles(Reading(4, 1.0, 1.0, 2.0, False, 2), u8 * 2)
    (False, False)
    >>> settles(Reading(5, 1.0, 1.0, 0.0, False, 1), ["the bytes ?? 42 (EUC-JP read as CP1252) allow only 。 州"])
    False
    >>> settles(Reading(5, 0.995, 0.99, 1.0, False, 1), ["the bytes E7 A6 ?? (UTF-8 read as CP1252) allow only 禁 福"])
    True
    >>> settles(Reading(5, 0.995, 0.99, 1.0, False, 1), [f"the bytes E5 ?? ?? (UTF-8 read as CP932) allow only 155 "
    ...                                                  f"characters, 偃 to 忂: {BYTES_FILTER_NOTE}"])
    False
    """
    return reading.length == 1 and not reading.abstained and reading.share >= SHARE_THRESHOLD \
        and bool(details) and all(damage(d) is not None and BYTES_FILTER_NOTE not in d for d in details)


def damage(detail: str) -> str | None:
    """The measured damage (:data:`MEASURED`) a ``bytes`` hint's evidence names, or None."""
    return next((m for m in MEASURED if f"({m})" in detail), None)


CLOSING = {"」": "「", "』": "『", "）": "（", "】": "【", "〕": "〔", "〟": "〝", "〞": "〝"}
"""Each full-width closing bracket or quotation mark and its opening one (:func:`bracket_ruled_out`)."""
OPENING = {o: "".join(c for c in CLOSING if CLOSING[c] == o) for o in CLOSING.values()}
"""Each opening one and its closing ones (〝 closes with 〟 or 〞)."""
BRACKET_REACH = 10
"""Lines (a talk's pieces) read before and after the gap's own for the bracket's other half. Counted on the text
corpus's lines (/work/corpus/txt.list, 156 texts, 2,979 full-width closing brackets in Japanese lines) and the trial
texts (171): the opening bracket of a closing one stands in its own line before it 2,470 times in 2,979 (hard wraps:
509 do not); in it or the 3 lines before 2,885, the 10 lines before 2,930 (49, 1.6%, not: a manual naming 」 as a
character, `「\\】」`, or a paragraph longer than that); the trial texts 171 of 171 within 5 lines. Opening brackets
and their closing ones after them: 2,940 of 2,970 within 10 lines, 169 of 169. Segment's paragraphs of the same texts
hold the other half 2,804 of 2,948 times (a paragraph parted at a page's end), so the scope is lines, not the
paragraph."""
ITEM_NUMBER = re.compile(r"(?:^|\s)[0-9０-９a-zA-Zａ-ｚ①-⑳ア-ン]{1,2}$")
"""A list item's number before a closing bracket with no opening one, ``1）`` or ``a）`` at a line's start."""


@dataclass(frozen=True)
class Around:
    """The text read for the other half of a bracket a fill would write (:func:`bracket_ruled_out`): the gap's line
    and :data:`BRACKET_REACH` lines either side, and what the lost glyphs among them may be."""

    before: str
    """The text before the gap, its own line's part last (lines joined by a line break)."""
    after: str
    lost_before: frozenset[str] | None
    """The characters the lost glyphs before the gap may stand for (their bytes' allowed sets), ``None`` when one of
    them has no constraint (any character)."""
    lost_after: frozenset[str] | None
    lost_in_line: tuple[tuple[int, frozenset[str] | None], ...] = ()
    """The lost glyphs of the gap's own line after it: each one's offset in ``after`` and what it may be."""
    opens_line: bool = False
    """Nothing but spaces stands before the gap in its line."""


def bracket_ruled_out(fill: str, around: Around) -> str | None:
    """Why ``fill`` cannot stand in the gap, its brackets read against the text around it, or None.

    A closing bracket needs its opening one before it, written or at a lost glyph that may be it; an opening one
    its closing one after it; within :data:`BRACKET_REACH` lines (the two halves of one pair need not balance:
    a bracket that stands anywhere in reach is taken for the other half). A closing bracket after a list item's
    number at its line's start (``1）``) needs none.

    >>> a = Around("福井市は", "フライブルク市", frozenset("、」【』〝"), frozenset())
    >>> bracket_ruled_out("」", a), bracket_ruled_out("【", a), bracket_ruled_out("、", a)
    ('no 「 before it', 'no 】 after it', None)
    >>> bracket_ruled_out("」", Around("「水辺のまち", "が", frozenset(), frozenset()))
    >>> bracket_ruled_out("）", Around("\\n1", "草刈り", frozenset(), frozenset()))
    >>> bracket_ruled_out("」", Around("のまち", "が", None, frozenset()))
    """
    for i, ch in enumerate(fill):
        before, after = around.before + fill[:i], fill[i + 1:] + around.after
        if ch in CLOSING:
            other, lost, text = CLOSING[ch], around.lost_before, before
            if ITEM_NUMBER.search(before.rsplit("\n", 1)[-1]):
                continue
            where = "before"
        elif ch in OPENING:
            other, lost, text, where = OPENING[ch], around.lost_after, after, "after"
        else:
            continue
        if not any(o in text or lost is None or o in lost for o in other):
            return f"no {'/'.join(other)} {where} it"
    return None


def lone_opening(fill_chars: Sequence[str], around: Around) -> str | None:
    """The opening bracket the gap must be: a closing bracket later in the gap's own line has no opening one before
    it, written (in reach) or at another lost glyph that may be it, and the gap allows that opening bracket
    (``fill_chars``: what its bytes allow). ``【問い合わせ先】`` with its 【 lost.

    Where the gap opens its line, lost glyphs of the lines before are not read as that opening bracket: the gap
    would then be a mark that does not open a line in Japanese (、 。 or a closing bracket: 50 of the corpus's
    17,635 Japanese lines open on 、, PDF extraction's slips), and a bracket of an earlier line that stays open
    over the line break would have to be lost too.

    >>> lone_opening("、」【』〝", Around("", "問い合わせ先】", frozenset(), frozenset()))
    '【'
    >>> lone_opening("、」【』〝", Around("", "問い合わせ先】", frozenset("、【"), frozenset()))
    >>> lone_opening("、」【』〝", Around("\ufffd", "問い合わせ先】", frozenset("、【"), frozenset(), opens_line=True))
    '【'
    >>> lone_opening("、」【』〝", Around("【", "問い合わせ先】", frozenset(), frozenset()))
    >>> lone_opening("、」【』〝", Around("", "問い\ufffd\ufffdせ先】", frozenset(), frozenset(), ((2, None), (3, None))))
    >>> lone_opening("、」【』〝", Around("", "問い\ufffd\ufffdせ先】", frozenset(), frozenset(), ((2, frozenset("合又")), (3, frozenset("わめ")))))
    '【'
    """
    lost_before = frozenset() if around.opens_line else around.lost_before
    if lost_before is None:
        return None
    line_after = around.after.split("\n", 1)[0]
    for k, ch in enumerate(line_after):
        if ch not in CLOSING:
            continue
        opener = CLOSING[ch]
        if opener not in fill_chars or ITEM_NUMBER.search(line_after[:k]):
            return None
        if opener in around.before or opener in line_after[:k] or opener in lost_before:
            return None
        if any(at < k and (lost is None or opener in lost) for at, lost in around.lost_in_line):
            return None
        return opener
    return None


RECORD: dict[tuple[int, int], tuple[Reading, str, float]] | None = None
"""When a dict (``bench/constraint_bench.py`` sets one), each constrained gap's reading, its plain verdict's
status and confidence, by the raw position of its first constrained glyph."""


def decide(restorer: "Restorer", site: Site, extra: Iterable[Proposal], hints: Sequence[Hint | None]) -> Repair:
    """The verdict on ``site`` under the bytes' constraint (``hints``: one per glyph of the site, or ``None``);
    without a ``bytes`` hint, the restorer's own verdict unchanged."""
    return weigh(restorer, site, extra, hints)[0]


def weigh(restorer: "Restorer", site: Site, extra: Iterable[Proposal],
          hints: Sequence[Hint | None]) -> tuple[Repair, list[tuple[str, float]]]:
    """:func:`decide`'s verdict and the allowed fills the model weighed, best first, with their probability over
    the whole pool (empty without a ``bytes`` hint)."""
    allowed = allowed_sets(hints)
    if all(a is None for a in allowed):
        return restorer.decide_site(site, extra), []
    details = [h.evidence.detail for h in hints if h is not None and h.evidence.kind == KIND]
    ranked = restorer.rank(site, [*extra, *proposals(allowed, details, site, restorer.lm)])
    kept = [(fill, p) for fill, p in ranked.ranking if permits(allowed, fill)]
    note = Evidence(KIND, "; ".join(details))
    # a bracket whose other half stands nowhere in reach is no fill (bracket_ruled_out); a closing bracket of the
    # gap's line with no opening one before it but the gap makes the gap that opening bracket (lone_opening)
    brackets = None
    around = restorer.around(site) if any(ch in CLOSING or ch in OPENING for a in allowed if a for ch in a) else None
    if around is not None and kept:
        ruled = {fill: why for fill, _ in kept if (why := bracket_ruled_out(fill, around)) is not None}
        lone = lone_opening(allowed[0], around) if len(allowed) == 1 and allowed[0] else None
        if lone is not None and lone in dict(kept):
            ruled = {fill: f"the gap is the {lone} of a closing bracket later in its line that has none before it"
                     for fill, _ in kept if fill != lone}
        if ruled and len(ruled) < len(kept):
            kept = [(fill, p) for fill, p in kept if fill not in ruled]
            gone = "; ".join(f"{fill}: {why}" for fill, why in list(ruled.items())[:8]) + (" …" if len(ruled) > 8 else "")
            brackets = Evidence(KIND, f"ruled out by the brackets within {BRACKET_REACH} lines: {gone}")
    if not kept:
        original = site.text[site.start:site.end]
        return Repair(line=site.line, col=site.start, original=original, restored=None, status="unresolved",
                      confidence=0.0, candidates=(), evidence=(note,)), kept
    # the confidence is the calibrated model's over every candidate it weighed, not over the allowed ones only:
    # the benchmark that calibrated it never saw a constraint (a lone allowed は at p 0.34 is not 0.998 sure)
    verdict = restorer.verdict(ranked, kept, rivals=ranked.ranking)
    abstained = any(e.kind == "abstention" for e in verdict.evidence) or verdict.confidence == 0.0
    reading = read(kept, site.length, ranked.pool.features.get(kept[0][0], {}), abstained)
    if RECORD is not None:
        first = next(h for h in hints if h is not None and h.evidence.kind == KIND)
        RECORD[(first.line, first.col)] = (reading, verdict.status, verdict.confidence)
    if not any(e.kind == KIND for e in verdict.evidence):
        verdict = replace(verdict, evidence=verdict.evidence + (note,))
    if brackets is not None:
        verdict = replace(verdict, evidence=verdict.evidence + (brackets,))
    if verdict.status != "restored" and settles(reading, details):
        top = kept[0][0]
        alone = [a for a in allowed if a is not None] == [(top,)]
        right, committed = SETTLED[damage(details[0])]
        why = (f"the bytes allow only {top}" if alone else
               f"the bytes and the brackets allow only {top}" if len(kept) == 1 else
               f"{top} holds {reading.share:.3f} of the probability of the {reading.allowed} fills the bytes allow "
               "that the model weighed")
        settled = Evidence(KIND, f"{why}: single lost glyphs the bytes settle so were right {right}/{committed} "
                                 f"held out (bench/constraint_bench.py); committed at {SETTLED_CONFIDENCE}, this "
                                 f"class's measured precision (the model over every candidate read "
                                 f"{verdict.confidence})")
        verdict = replace(verdict, restored=top, status="restored", confidence=SETTLED_CONFIDENCE,
                          evidence=verdict.evidence + (settled,))
    if verdict.status != "restored" and ends_line_sentence(reading, kept, details, site, around):
        ended = Evidence(KIND, f"。 is the best of the {reading.allowed} fills the bytes allow, and the gap ends its "
                               f"line after a hiragana, where a sentence ends: lines so damaged, {LINE_END_MEASURE} "
                               f"(docs/restore.md, Session 76, field76); committed at {LINE_END_CONFIDENCE}, this "
                               f"class's measured precision (the model over every candidate read {verdict.confidence})")
        verdict = replace(verdict, restored="。", status="restored", confidence=LINE_END_CONFIDENCE,
                          evidence=verdict.evidence + (ended,))
    return verdict, kept


LINE_END_SET = "E3 80 ??"
"""The bytes whose lost glyph :func:`ends_line_sentence` reads: UTF-8's ``。`` (E3 80 82) read as CP932 loses its last
byte where a line break follows it (``縲`` then U+FFFD); the bytes allow 、 。 and the CJK brackets and marks."""
LINE_END_CONFIDENCE = 0.996
"""The measured precision of :func:`ends_line_sentence`'s commits (:data:`LINE_END_MEASURE`): the lower end of the
class's precision, its 。 lines counted at the one-sided 90% Wilson bound of the sampled share."""
LINE_END_MEASURE = ("52 of 150 sampled lines ending in 。 after a hiragana (of 3,018) committed so, 3 of all 107 "
                    "ending in 、 (1,046 to 3 weighted)")
"""The measure behind :data:`LINE_END_CONFIDENCE`, as the verdict's evidence cites it."""


def ends_line_sentence(reading: Reading, kept: Sequence[tuple[str, float]], details: Sequence[str], site: Site,
                       around: "Around | None") -> bool:
    """A single lost glyph of the bytes :data:`LINE_END_SET` (UTF-8 read as CP932) that ends its line after a hiragana
    (``…生かす\ufffd`` then a line break), where the model reads 。 best of the fills the bytes and the brackets
    allow and the plain verdict abstained on nothing: a sentence's end. A line ending in a hiragana then 、 or 。 ends in 。
    as 3,018 lines to 107 of name73b's clean lines and the regression texts (helper field76, field case 06m: 。 had been
    left open at 0.37); the line end alone does not settle it (、 ends a wrapped line), the model's reading with it
    does (:data:`LINE_END_MEASURE`).

    >>> u8 = ["the bytes E3 80 ?? (UTF-8 read as CP932) allow only 、 。 〃"]
    >>> at = Around(before="強みを生かす", after="\\n松山", lost_before=frozenset(), lost_after=frozenset())
    >>> ends_line_sentence(Reading(3, 0.98, 0.96, 0.0, False, 1), [("。", 0.7), ("、", 0.01)], u8, Site("生かす\ufffd", 3, 4), at)
    True
    >>> ends_line_sentence(Reading(3, 0.98, 0.96, 0.0, False, 1), [("。", 0.7)], u8, Site("生かす\ufffdと", 3, 4),
    ...                    Around(before="生かす", after="と", lost_before=frozenset(), lost_after=frozenset()))
    False
    """
    if reading.length != 1 or reading.abstained or not kept or kept[0][0] != "。" or around is None:
        return False
    if not details or not all(LINE_END_SET in d and damage(d) == "UTF-8 read as CP932" for d in details):
        return False
    if around.after.split("\n", 1)[0].strip():
        return False
    return bool(site.left) and "\u3041" <= site.left[-1] <= "\u309f"


WORD_SIDE = re.compile(r"[\u4e00-\u9fff\u30a1-\u30fa\u30fc]{2}")
"""Two kanji or katakana beside a lost glyph: the word it stands in goes on (:func:`place_key`)."""


def place_key(site: Site, hint: Hint) -> tuple | None:
    """What a single constrained glyph shares with the other places of one word lost the same way: the characters
    its bytes allow and the two kanji or katakana after it (else before it), or None where no such letters stand
    beside it. ``�井市`` (``E7 A6 ??``) at nine places of a notice is one key; a mark between words (``、の``) has
    none, as the same bytes before the same particle may be different marks.

    >>> h = Hint(3, 0, 1, ("禁", "福"), Evidence("bytes", "the bytes E7 A6 ?? (UTF-8 read as CP1252) allow only 禁 福"))
    >>> place_key(Site("\ufffd井市は", 0, 1), h), place_key(Site("は\ufffdの", 1, 2), h)
    ((('禁', '福'), 'after', '井市'), None)
    """
    if site.length != 1 or hint is None or hint.evidence.kind != KIND or damage(hint.evidence.detail) is None:
        return None
    if WORD_SIDE.fullmatch(site.right[:2]):
        return tuple(hint.candidates), "after", site.right[:2]
    if WORD_SIDE.fullmatch(site.left[-2:]):
        return tuple(hint.candidates), "before", site.left[-2:]
    return None


def pooled(members: Sequence[tuple[Repair, list[tuple[str, float]], Site]], key: tuple,
           name: str = "") -> list[Repair] | None:
    """The places of one name that lost the same glyph the same way (:func:`place_key`; ``name``: the person's or
    place's name the top fill makes at every place, which the caller checked: ``restore._byte_verdicts``), decided
    together: each place's allowed fills renormalised among them (its :attr:`Reading.share`), multiplied over the
    distinct contexts (the same eight characters each side read once) and normalised. Where the top fill holds
    :data:`SHARE_THRESHOLD` of that product and is every place's own top allowed fill, each place open and not
    abstained is committed as :func:`settles` commits one (a place alone read 0.983–0.997 for 福 of 福井市: the
    model's few thousandths on 禐 and 禝 count again at every place, where one name stands at them all); else None.
    The places must agree: a place whose own reading puts another fill first leaves them all to their own verdicts.
    Names only: over any word, the places of one phrase repeated line after line are no independent readings (the
    CP1252 bench's report half: 47 places pooled, 41 right; docs/restore.md).
    """
    if len(members) < 2 or any(not kept for _, kept, _ in members):
        return None
    tops = {kept[0][0] for _, kept, _ in members}
    if len(tops) != 1 or any(any(e.kind == "abstention" for e in r.evidence) or r.confidence == 0.0
                             for r, _, _ in members):
        return None
    top = tops.pop()
    product: dict[str, float] = {}
    contexts = {}
    for _, kept, site in members:
        contexts.setdefault(site.window("") if site.left or site.right else id(site), kept)
    for kept in contexts.values():
        total = sum(p for _, p in kept) or 1.0
        shares = {f: p / total for f, p in kept}
        product = shares if not product else {f: product[f] * shares.get(f, 0.0) for f in product}
    total = sum(product.values())
    share = product.get(top, 0.0) / total if total else 0.0
    if share < SHARE_THRESHOLD:
        return None
    damages = {damage(e.detail) for r, _, _ in members for e in r.evidence if e.kind == KIND} - {None}
    right, committed = SETTLED[sorted(damages)[0]] if damages else SETTLED[MEASURED[0]]
    side = "before" if key[1] == "after" else "after"
    named = f", the name {name} at each" if name else ""
    why = Evidence(KIND, f"{top} holds {share:.4f} of the allowed fills' probability over the {len(members)} places "
                         f"where a glyph lost the same bytes {side} {key[2]}{named} ({len(contexts)} distinct contexts, "
                         f"each place's own share {min(_share(k) for _, k, _ in members):.3f}–"
                         f"{max(_share(k) for _, k, _ in members):.3f}): single lost glyphs the bytes settle were "
                         f"right {right}/{committed} held out (bench/constraint_bench.py); committed at "
                         f"{SETTLED_CONFIDENCE}")
    out = []
    for r, kept, _ in members:
        if r.status == "restored":
            out.append(r)
        else:
            out.append(replace(r, restored=top, status="restored", confidence=SETTLED_CONFIDENCE,
                               evidence=r.evidence + (why,)))
    return out


def _share(kept: list[tuple[str, float]]) -> float:
    total = sum(p for _, p in kept) or 1.0
    return kept[0][1] / total
