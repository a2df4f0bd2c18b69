"""A word written whole near the gap: the fill the intact letters beside the gap make it with.

A writer who names a thing names it again a line later (``満\ufffd度は「満足」「やや満足」を合わせて``: 満足 twice
in the same sentence), but the two places need not share a context: repetition anchors on the gap's neighbours
on both sides (``満`` + ``度`` stands nowhere else), and one-sided repetition needs two letters of 20 bits or more
beside the gap (one kanji matches hundreds of words anywhere in a document). Near the gap the same letters are
specific: the provider looks, in the gap's own sentence, for the intact letters touching the
gap (the last kanji or katakana of the left context, the first of the right, up to :data:`MAX_SIDE`), and takes the
kanji written right after them (before them) as a fill where they make a dictionary word (Sudachi's, the word index)
of two letters or more with it. Feature ``near_word`` (its prior weight until a calibration fits it) ranks the fill; a top fill
that holds it is committed only where the ranking without it has the same top fill and the confidence calibrated
without it clears the threshold (``restore.Restorer.verdict``), as a document's word is no reading of this place
(a branch that weighed the document's words anywhere in it lowered coverage, docs/restore.md).
The same word written anywhere else in the text (:func:`propose_elsewhere`, feature ``far_word``) ranks as this one
does, at half its prior weight, and is never read by the confidence either.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

from pipeline import sudachi
from pipeline.chardata import HIRAGANA, KANJI, KATAKANA
from pipeline.model import GAP
from pipeline.restore import resources
from pipeline.restore.evidence.base import Document, Proposal, Site
from pipeline.restore.evidence.translation import SENTENCE_END

WORD_WINDOW = 15
"""Characters of the line read on each side of a gap or a far word whenever Sudachi is asked which word stands
there (:func:`word_length`, :func:`stands_as_word`, the inflection and katakana reads): a word is far shorter. One
value for every read: a second binding of 8 for :func:`stands_as_word` had never been in effect (a module's last
binding is the one its functions read), so its measures were taken at 15."""
MAX_SIDE = 3
"""Intact letters beside the gap tried as the other part of the word, longest first."""
_LEFT_RUN = re.compile(f"[{KANJI}{KATAKANA}]{{1,{MAX_SIDE}}}$")
_RIGHT_RUN = re.compile(f"[{KANJI}{KATAKANA}]{{1,{MAX_SIDE}}}")
_KANJI_FILL = re.compile(f"[{KANJI}]+")
"""A fill this provider proposes: kanji only (a katakana letter stands in every loanword)."""


def _dictionary_word(word: str) -> bool:
    return word in resources.word_index().match(word)


@functools.lru_cache(maxsize=1 << 12)
def noun_and_affix(fill: str, letters: str, before: bool) -> bool:
    """Whether the word ``letters + fill`` (``before``: the letters stand before the fill) or ``fill + letters`` is a
    dictionary noun and its affix as Sudachi reads it (mode C): the fill one noun, the letters one prefix
    (接頭辞) before it or one suffix (接尾辞) after it. A derived word is no dictionary word of its own, yet the
    sentence writing it whole names the fill as surely (issue 19 point 4, fresh-user trial 67c's 受講生, 受講 + 生,
    beside ``８００人の\ufffd\ufffd生が``, where *students* named forty X生 words of the dictionary).

    >>> noun_and_affix("受講", "生", False), noun_and_affix("高校", "生", False), noun_and_affix("の", "生", False)
    (True, False, False)
    """
    word = letters + fill if before else fill + letters
    parts = [(m.surface(), m.part_of_speech()) for m in sudachi.tokenizer("C").tokenize(word)]
    if len(parts) != 2:
        return False
    (head, head_pos), (tail, tail_pos) = parts
    noun, affix = ((tail, tail_pos), (head, head_pos)) if before else ((head, head_pos), (tail, tail_pos))
    return (noun[0] == fill and affix[0] == letters and noun[1][0] == "名詞" and _dictionary_word(fill)
            and affix[1][0] == ("接頭辞" if before else "接尾辞"))


def _sentence(site: Site, doc: Document) -> tuple[str, int]:
    """The gap's sentence (cut at ``。．！？!?`` on either side) and where the gap starts in it.

    A talk's piece holds its whole paragraph; in plain text a sentence wrapped across a line break runs on into the
    line before or after, where the line it leaves is at least as long as the line it runs into (a wrapped line
    fills the width; a heading above a paragraph is shorter than the paragraph's first line, and is its own
    sentence)."""
    left, right = site.text[: site.start], site.text[site.end:]
    cut = max(left.rfind(c) for c in SENTENCE_END) + 1
    end = min((i for i in (right.find(c) for c in SENTENCE_END) if i >= 0), default=-1)
    before, after = left[cut:], right if end < 0 else right[:end]
    lines = doc.lines_by_number if site.line else {}  # (made once per document: a dict per gap was quadratic)
    own = lines.get(site.line)
    if own is None or own.text != site.text or own.origin is not None:
        return before + site.text[site.start: site.end] + after, len(before)
    prev, nxt = lines.get(site.line - 1), lines.get(site.line + 1)
    if not cut and prev is not None and len(prev.text.rstrip()) >= len(site.text.rstrip()):
        before = prev.text[max(prev.text.rfind(c) for c in SENTENCE_END) + 1:] + before
    if end < 0 and nxt is not None and len(site.text.rstrip()) >= len(nxt.text.rstrip()):
        stop = min((i for i in (nxt.text.find(c) for c in SENTENCE_END) if i >= 0), default=len(nxt.text))
        after += nxt.text[:stop]
    return before + site.text[site.start: site.end] + after, len(before)


def propose(site: Site, doc: Document) -> list[Proposal]:
    """Fills that make a dictionary word with the letters beside the gap, that word written whole in its sentence.

    >>> doc = Document.from_text("満\ufffd度は「満足」「やや満足」を合わせて７１パーセント")
    >>> [(p.fill, p.features) for p in propose(Site(doc.scopes[0][1][0].text, 1, 2, line=1), doc)]
    [('足', {'near_word': 1.0})]
    """
    if site.script != "ja":
        return []
    n = site.length
    found: dict[str, str] = {}
    sides = _sides(site)
    if not sides:
        return []
    sentence, at_gap = _sentence(site, doc)
    for letters, before in sides:
        for m in re.finditer(re.escape(letters), sentence):
            at = m.start()
            if before:
                fill = sentence[at + len(letters): at + len(letters) + n]
                word = letters + fill
            else:
                fill = sentence[max(0, at - n): at]
                word = fill + letters
            if len(fill) != n or GAP in fill or not _KANJI_FILL.fullmatch(fill) or fill in found:
                continue
            if (_dictionary_word(word) or noun_and_affix(fill, letters, before)) \
                    and stands_as_word(sentence, at if before else at - n, len(word)):
                found[fill] = (f"{word}, the word {fill} makes with the intact {letters} beside the gap, is written "
                               "whole in the same sentence: ranked up, never committed on it alone")
    return [Proposal(fill=fill, kind="document-word", detail=detail, features={"near_word": 1.0})
            for fill, detail in found.items()]


def _sides(site: Site) -> list[tuple[str, bool]]:
    """The intact kanji or katakana touching the gap, longest first: (letters, whether they stand left of it)."""
    left = _LEFT_RUN.search(site.left)
    right = _RIGHT_RUN.match(site.right)
    sides = []
    if left:
        sides += [(left.group(0)[-k:], True) for k in range(len(left.group(0)), 0, -1)]
    if right:
        sides += [(right.group(0)[:k], False) for k in range(len(right.group(0)), 0, -1)]
    return sides


def propose_elsewhere(site: Site, doc: Document, taken: Iterable[str] = ()) -> list[Proposal]:
    """Fills that make a dictionary word with the letters beside the gap, that word written whole anywhere in the
    document's nearest scope: feature ``far_word``, rank-only as ``near_word`` (never read by the confidence; a
    fill it alone puts first is offered, never committed). ``taken``: fills :func:`propose` found in the gap's own
    sentence (their ``near_word`` says more).

    Trial 65's ``土壌\\ufffd食`` (侵食) and ``シカの食\\ufffdが目立ち`` (食害, written whole two paragraphs before): the
    character model reads 壌侵 as rare, and 食害 (Zipf 2.5) is rarer than 食品 (4.6), so the text's own word was
    listed fifteenth and led by 0.03; a writer who names a thing once names it again.

    >>> doc = Document.from_text("表土の侵食が進む。\\n土壌\\ufffd食を抑える。")
    >>> [(p.fill, p.features) for p in propose_elsewhere(Site(doc.scopes[0][1][1].text, 2, 3, line=2), doc)]
    [('侵', {'far_word': 1.0})]
    """
    if site.script != "ja":
        return []
    n, taken = site.length, set(taken)
    found: dict[str, str] = {}
    for letters, before in _sides(site):
        for line, at in doc.occurrences(letters):
            text = line.text
            fill = text[at + len(letters): at + len(letters) + n] if before else text[max(0, at - n): at]
            if len(fill) != n or not _KANJI_FILL.fullmatch(fill) or fill in taken or fill in found:
                continue
            word = letters + fill if before else fill + letters
            if _dictionary_word(word) and stands_as_word(text, at if before else at - n, len(word)):
                found[fill] = (f"{word}, the word {fill} makes with the intact {letters} beside the gap, is written "
                               f"whole at line {line.line_at(at)}{FAR_WORD_RANKS}")
    for fill, detail in katakana_word_fills(site, doc).items():
        if fill not in taken and fill not in found:
            found[fill] = detail
    return [Proposal(fill=fill, kind="document-word", detail=detail, features={FAR_WORD: 1.0})
            for fill, detail in found.items()]


_KATAKANA_FILL = re.compile(f"[{KATAKANA}]+")
_KATAKANA_LEFT = re.compile(f"[{KATAKANA}]*$")
_KATAKANA_RIGHT = re.compile(f"[{KATAKANA}]*")
MIN_KATAKANA_KEPT = 2
"""Intact katakana letters the gap's katakana word must keep, besides the lost ones, for :func:`katakana_word_fills`
to read it (``\\ufffdー`` alone matches any long vowel)."""


def katakana_word_fills(site: Site, doc: Document) -> dict[str, str]:
    """Fill → note, where the gap stands in a katakana word (its whole run of katakana, lost glyphs included, bounded by
    other letters) and a katakana run of the same length, written whole in the document's nearest scope (bounded by
    other letters too), is a dictionary word and agrees with every intact letter: the same loanword written whole.
    The run is read whole, never a piece of a longer one: *センター* (受付センター) fits ``収集\\ufffdンターへ``,
    *インター* of インターネット does not (fresh-user trial 71's FAQ, where the kanji-only proposers had left センター
    out and the lexicon's インター led at 0.576). At least :data:`MIN_KATAKANA_KEPT` letters kept.

    >>> doc = Document.from_text("粗大ごみ受付センターまたはインターネットで申し込む。\\n収集\\ufffdンターへ持ち込む。")
    >>> sorted(katakana_word_fills(Site(doc.scopes[0][1][1].text, 2, 3, line=2), doc))
    ['セ']
    """
    if site.script != "ja":
        return {}
    left = _KATAKANA_LEFT.search(site.left).group(0)
    right = _KATAKANA_RIGHT.match(site.right).group(0)
    kept = left + right
    if len(kept) < MIN_KATAKANA_KEPT or not kept.strip("ー"):
        return {}
    anchor, before = (left, True) if len(left) >= len(right) else (right, False)
    n, size, found = site.length, len(left) + site.length + len(right), {}
    for line, at in doc.occurrences(anchor):
        text = line.text
        start = at if before else at - len(left) - n
        if start < 0 or start + size > len(text):
            continue
        word = text[start:start + size]
        if not _KATAKANA_FILL.fullmatch(word) or not word.startswith(left) or not word.endswith(right) \
                or (start > 0 and _KATAKANA_FILL.match(text[start - 1])) \
                or (start + size < len(text) and _KATAKANA_FILL.match(text[start + size])):
            continue
        fill = word[len(left):len(left) + n]
        if fill in found or not _dictionary_word(word):
            continue
        found[fill] = (f"{word}, the katakana word {fill} makes with the intact {left}_{right} around the gap, is written "
                       f"whole at line {line.line_at(at)}{FAR_WORD_RANKS}")
    return found


def katakana_piece(text: str, start: int, size: int) -> bool:
    """``text[start:start + size]``, a katakana word, is a piece of a longer katakana run there (インター of
    インターネット): no place that writes the word whole.

    >>> katakana_piece("またはインターネットで", 3, 4), katakana_piece("受付センター（", 2, 4), katakana_piece("受付センター", 2, 2)
    (True, False, True)
    """
    word = text[start:start + size]
    if not _KATAKANA_FILL.fullmatch(word):
        return False
    return bool((start > 0 and _KATAKANA_FILL.match(text[start - 1]))
                or (start + size < len(text) and _KATAKANA_FILL.match(text[start + size])))


INFLECTING = ("動詞", "形容詞")
"""Sudachi's parts of speech whose words are written in several inflections (a verb, an adjective)."""
_OKURIGANA = re.compile(f"[{HIRAGANA}]")
"""The gap's word goes on in kana after it (き of 取り\ufffdき方): an inflected word's ending; a gap before a kanji or a
mark is read by the other providers alone (and costs no reading here)."""
INFLECTED_TRIED = 12
"""Distinct fills read at most per gap (each a reading by Sudachi of the place that writes it)."""
_STEM_LEFT = re.compile(f"[{KANJI}][{KANJI}{HIRAGANA}]{{0,{MAX_SIDE - 1}}}$")
"""The intact letters of the gap's word before it: a kanji and up to two letters after it (取り of 取り\ufffdき方)."""


def _inflecting_at(text: str, start: int, end: int) -> tuple[str, str] | None:
    """(lemma, surface) of the verb or adjective Sudachi (mode C) reads over ``text[start:end]`` whole, read in
    :data:`WORD_WINDOW` characters of ``text`` each side; None where no one such word covers it."""
    lo, hi = max(0, start - WORD_WINDOW), min(len(text), end + WORD_WINDOW)
    for lemma, surface, pos, begin, stop in _read_c(text[lo:hi]):
        if begin <= start - lo and stop >= end - lo:
            return (lemma, surface) if pos in INFLECTING else None
    return None


@functools.lru_cache(maxsize=1 << 14)
def _read_c(window: str) -> tuple[tuple[str, str, str, int, int], ...]:
    """Sudachi's mode C reading of ``window``: (lemma, surface, part of speech, begin, end) per word."""
    if GAP in window or not window.strip():
        return ()
    return tuple((m.dictionary_form(), m.surface(), m.part_of_speech()[0], m.begin(), m.end())
                 for m in sudachi.tokenizer("C").tokenize(window))


def propose_inflected(site: Site, doc: Document, taken: Iterable[str] = ()) -> list[Proposal]:
    """Fills whose word at the gap, a verb or an adjective, is written whole elsewhere in the document's nearest scope
    in another inflection: the same lemma as Sudachi reads it (mode C), another surface. Feature ``far_word``,
    rank-only, as :func:`propose_elsewhere`'s (a word written elsewhere says what the gap could be, and no benchmark
    calibrates it: docs/restore.md). ``taken``: fills the other word providers found.

    Fresh-user trial 67's kettle manual: ``湯あかの取り\ufffdき方`` beside ``クエン酸を使って取り除くことができます``
    (取り除き, lemma 取り除く: 除); the same word in the same inflection is :func:`propose_elsewhere`'s or repetition's.

    >>> doc = Document.from_text("汚れは布で取り除くことができます。\\n汚れの取り\\ufffdき方は次のとおりです。")
    >>> [(p.fill, p.features) for p in propose_inflected(Site(doc.scopes[0][1][1].text, 5, 6, line=2), doc)]
    [('除', {'far_word': 1.0})]
    """
    if site.script != "ja" or not _OKURIGANA.match(site.right):
        return []
    left = _STEM_LEFT.search(site.left)
    if left is None:
        return []
    letters, n, taken = left.group(0), site.length, set(taken)
    window = site.left[-WORD_WINDOW:]
    found: dict[str, str] = {}
    tried: set[str] = set()
    for line, at in doc.occurrences(letters):
        text = line.text
        fill = text[at + len(letters): at + len(letters) + n]
        if len(fill) != n or not _KANJI_FILL.fullmatch(fill) or fill in taken or fill in tried:
            continue
        tried.add(fill)
        if len(tried) > INFLECTED_TRIED:
            break
        there = _inflecting_at(text, at, at + len(letters) + n)
        if there is None:
            continue
        filled = window + fill + site.right[:WORD_WINDOW]
        here = _inflecting_at(filled, len(window) - len(letters), len(window) + n)
        if here is None or here[0] != there[0] or here[1] == there[1]:
            continue
        found[fill] = (f"{here[1]}, the word {fill} makes with the intact {letters} beside the gap, is {here[0]} "
                       f"written whole in another inflection ({there[1]}) at line {line.line_at(at)}{FAR_WORD_RANKS}")
    return [Proposal(fill=fill, kind="document-word", detail=detail, features={FAR_WORD: 1.0})
            for fill, detail in found.items()]


FAR_WORD = "far_word"


def far_word_uses(site: Site, doc: Document, fill: str) -> int:
    """The most places any word ``fill`` makes with the intact letters beside the gap stands whole as a word
    (:func:`stands_as_word`) in the document's nearest scope (the gap's own place holds a lost glyph and never counts).

    >>> doc = Document.from_text("水道事業の概要\\n本市の水道は古い。\\n安全な水\\ufffdを供給する。")
    >>> site = Site(doc.scopes[0][1][2].text, 4, 5, line=3)
    >>> far_word_uses(site, doc, "道"), far_word_uses(site, doc, "質")
    (2, 0)
    """
    best = 0
    for letters, before in _sides(site):
        word = letters + fill if before else fill + letters
        if _dictionary_word(word):
            best = max(best, sum(stands_as_word(line.text, at, len(word)) for line, at in doc.occurrences(word)))
    return best


def far_word_read(site: Site, doc: Document, fill: str) -> tuple[str, int] | None:
    """The longest word ``fill`` makes with the intact letters beside the gap that the document's nearest scope writes
    whole as a word (:func:`stands_as_word`), with the places it stands (None: no such word); of two as long, the one
    written at more places.

    >>> doc = Document.from_text("水道事業の概要\\n本市の水道は古い。\\n安全な水\\ufffdを供給する。")
    >>> far_word_read(Site(doc.scopes[0][1][2].text, 4, 5, line=3), doc, "道")
    ('水道', 2)
    """
    best: tuple[str, int] | None = None
    for letters, before in _sides(site):
        word = letters + fill if before else fill + letters
        if _dictionary_word(word):
            uses = sum(stands_as_word(line.text, at, len(word)) for line, at in doc.occurrences(word))
            if uses and (best is None or (len(word), uses) > (len(best[0]), best[1])):
                best = (word, uses)
    return best


def stands_as_word(text: str, start: int, size: int) -> bool:
    """Whether ``text[start:start + size]`` begins and ends at word boundaries of Sudachi's short-unit reading (mode A)
    of :data:`WORD_WINDOW` characters of its line each side (boundaries inside it are allowed: 水道 of 水道事業).

    Why (issue 19, trial 65d): ``安全な水\ufffdを供給`` beside a report writing 水道 in its title was given ``far_word``
    for 人 (水人, a dictionary word, read across 給水|人口) and 管 (水管, across 配水|管) as much as for 道, so the feature
    ranked nothing: characters that make a dictionary word inside two other words are no word the text writes.

    >>> stands_as_word("給水人口は前年度", 1, 2), stands_as_word("配水管の更新", 1, 2), stands_as_word("水道事業報告書", 0, 2)
    (False, False, True)

    A word touching a lost glyph is no word written whole (helper rank73, fresh-user trial 72: ``半\ufffd造化`` read
    造化, *creation*, as written whole, and led 造 at ``高\ufffd化``, truth 齢; the word there was 構造化): the glyph beside
    it may be the word's own letter.

    >>> stands_as_word("半\ufffd造化インタビュー", 2, 2), stands_as_word("構造化インタビュー", 1, 2)
    (False, False)
    """
    if (start > 0 and text[start - 1] == GAP) or (start + size < len(text) and text[start + size] == GAP):
        return False
    lo, hi = max(0, start - WORD_WINDOW), min(len(text), start + size + WORD_WINDOW)
    bounds = _short_bounds(text[lo:hi])
    return start - lo in bounds and start + size - lo in bounds


@functools.lru_cache(maxsize=1 << 14)
def _short_bounds(window: str) -> frozenset[int]:
    """Offsets of ``window`` where Sudachi's mode A puts a word boundary, both ends included."""
    ends = [m.end() for m in sudachi.tokenizer("A").tokenize(window)] if window.strip() else []
    return frozenset([0, len(window), *ends])


FAR_WORD_NEAR = 300
"""Characters of the nearest scope's text (its lines joined) within which the far word must stand whole for
:func:`lead_fill` to lead on it (helper rank73). Measured on the open gaps the lead reorders (``bench/farword_bench.py``
records; top-1 of those gaps with the lead kept within d characters and the order before it elsewhere): session 72's
made-up documents (88 gaps: lead everywhere 45 right, no lead 13, within 300 42), session 73's made-up documents
(43: 17, 9, 17) and Wikinews (139: 34, 34, 49). Within 300 characters the lead fill was the lost one 79 of 155 times
and the first before it 27; farther, 17 of 115 against 29: a word a page away (in news, another article's) names
no more than the model's ranking. Within 200, 400, 600 the three sets read 100, 104, 106 right (300: 108; no limit
96; no lead 56): the limit was read from that curve over all three sets, so none is held out for the limit itself."""


FAR_WORD_LEAD = (54, 108)
"""(right, of): open gaps of one lost kanji where :func:`lead_fill` puts the far-word fill first (its word within
:data:`FAR_WORD_NEAR` characters, no hiragana first, no fill with a word in the sentence), on text the lead was not
developed on (the limit was read from it, though: :data:`FAR_WORD_NEAR`). Helper rank73: ``bench/farword_bench.py
--sources made-up --madeup "/work/regress/in_*73*/*.txt" --max-docs 60 --per-doc 40 --seed 7301`` (636 masks: 30 of
56, the first before it 12) and ``--sources news --per-doc 120 --seed 7301`` (1,192 masks: 24 of 52, before 12): the
far-word fill was the lost one 54 of 108 times, the first candidate before it 24 times. rest72 had read 23 of 33 on
session 72's documents with no limit. Reason for :func:`lead_fill`, which ranks such a fill first on open gaps only
(about half, far below a commit's 0.95)."""


KANA_FIRST = (0, 75, 99)
"""(the lead right, the order before it right, gaps): open gaps of one lost hiragana where the lead would put a far-word
kanji over a hiragana listed first (helper rank73, ``bench/farword_bench.py --kana --sources made-up --madeup
"/work/regress/in_*72*/*.txt" --max-docs 40 --per-doc 15 --seed 72``): the kana first was right 75 times of 99, the
kanji never (a hiragana place is never a kanji's). On lost kanji the same kind of gap (a hiragana first, the far
word's kanji lower) gained 10 of 36 on three draws (session 72's and 73's documents, Wikinews), far fewer than a text's
hiragana places lose: the lead never goes over a hiragana. Reason for ``first`` in :func:`lead_fill`."""
_HIRAGANA_FILL = re.compile(f"[{HIRAGANA}]+")


def far_word_distance(site: Site, doc: Document, fill: str) -> int | None:
    """The fewest characters between the gap and a place where a word ``fill`` makes with the intact letters beside
    the gap stands whole (:func:`stands_as_word`), in the nearest scope's lines joined (None: no such place, or the
    gap's line not found there).

    >>> doc = Document.from_text("水道事業の概要\\n本市の水道は古い。\\n安全な水\\ufffdを供給する。")
    >>> far_word_distance(Site(doc.scopes[0][1][2].text, 4, 5, line=3), doc, "道")
    11
    """
    here = doc.site_position(site)
    if here is None:
        return None
    best = None
    for letters, before in _sides(site):
        word = letters + fill if before else fill + letters
        if not _dictionary_word(word):
            continue
        for line, at in doc.occurrences(word):
            there = doc.position(line, at)
            if there is not None and stands_as_word(line.text, at, len(word)):
                far = abs(there - here)
                best = far if best is None else min(best, far)
    return best


def lead_fill(site: Site, pool, doc: Document | None = None, first: str | None = None) -> str | None:
    """The fill an open gap lists first because it alone makes a word written whole elsewhere (issue 19 point 2,
    fresh-user trial 71c: ``開\ufffd`` listed 発 first, 催 third, though 開催 is written whole in the same document):
    for one lost glyph in Japanese text, the one kanji fill of ``pool`` (a :class:`~pipeline.restore.scoring.Pool`)
    that holds ``far_word`` (after :func:`yield_far_word`: the English of the place names no other fill), where no fill
    holds ``near_word`` (a word written in the gap's own sentence says more) and, given ``doc``, where that word stands
    whole within :data:`FAR_WORD_NEAR` characters of the gap (:func:`far_word_distance`), and never over ``first``
    (the fill listed first without the lead) where that is hiragana (:data:`KANA_FIRST`) or makes a longer word across
    the gap than the far word (:data:`FIRST_WORD_LONGER`); None otherwise. Measured:
    :data:`FAR_WORD_LEAD`. The caller reorders the candidates of an open gap only; the confidence and the commit are
    the model's, as before.

    >>> from pipeline.restore.scoring import Pool
    >>> p = Pool(); p.features = {"催": {"far_word": 1.0}, "発": {"lex_known": 1.0}}
    >>> lead_fill(Site("今年度も開\ufffdします", 5, 6, 1), p)
    '催'
    >>> p.features["翌"] = {"far_word": 1.0}; lead_fill(Site("今年度も開\ufffdします", 5, 6, 1), p) is None
    True
    >>> p = Pool(); p.features = {"傷": {"far_word": 1.0}, "っ": {"lex_known": 1.0}}
    >>> lead_fill(Site("男が背負\ufffdていた", 4, 5, 1), p, first="っ") is None
    True
    """
    if site.script != "ja" or site.length != 1:
        return None
    far = [f for f, feats in pool.features.items() if feats.get(FAR_WORD)]
    if len(far) != 1 or not _KANJI_FILL.fullmatch(far[0]) or any(
            feats.get("near_word") for feats in pool.features.values()):
        return None
    if first is not None and _HIRAGANA_FILL.fullmatch(first):
        # a lost kana of an ending or a particle is no letter of the far word (KANA_FIRST, measured)
        return None
    if doc is not None:
        # a word written a page away names no more than the model's ranking (FAR_WORD_NEAR, measured)
        distance = far_word_distance(site, doc, far[0])
        if distance is None or distance > FAR_WORD_NEAR:
            return None
    if first is not None and first != far[0] and word_length(site, first) > word_length(site, far[0]):
        # the fill listed first makes a longer word with the letters beside the gap than the far word does: it reads
        # more of them (構造化 against 半数 at ``半\ufffd造化``), and held them more often (FIRST_WORD_LONGER, measured)
        return None
    return far[0]


def near_lead(site: Site, pool, first: str | None = None) -> str | None:
    """The fill an open gap lists first because the word it makes with the letters beside the gap is written whole in
    the gap's own sentence (``near_word``, :func:`propose`): for one lost kanji, the one fill holding ``near_word``, or
    of several the one whose word across the gap is the longest (:func:`word_length`: 監 of 会計監査人 against 算 of
    計算 at ``会計\ufffd査人``; a tie leads none); never over ``first`` (the fill listed first without it) where that is
    hiragana (:data:`KANA_FIRST`) or makes a longer word across the gap (:data:`FIRST_WORD_LONGER`). Measured:
    :data:`NEAR_WORD_LEAD` (rest85; fresh-user trial 84a's ``会計\ufffd査人``, 検 listed over 監 with 監査 written in
    the same sentence). Order only: the confidence and the commit stay the model's.

    >>> from pipeline.restore.scoring import Pool
    >>> p = Pool(); p.features = {"監": {"near_word": 1.0}, "検": {"lex_known": 1.0}}
    >>> near_lead(Site("会計\ufffd査人及び監査役会", 2, 3, 1), p, first="検")
    '監'
    """
    if site.script != "ja" or site.length != 1:
        return None
    near = [f for f, feats in pool.features.items() if feats.get("near_word") and _KANJI_FILL.fullmatch(f)]
    if not near:
        return None
    if len(near) > 1:
        lengths = {f: word_length(site, f) for f in near}
        longest = max(lengths.values())
        near = [f for f in near if lengths[f] == longest]
        if len(near) > 1:
            return None
    if first is not None and _HIRAGANA_FILL.fullmatch(first):
        return None
    if first is not None and first != near[0] and word_length(site, first) > word_length(site, near[0]):
        return None
    return near[0]


NEAR_WORD_LEAD = (4, 11, 21)
"""(the near-word fill right, the fill listed first before it right, gaps): open gaps of one lost kanji where
:func:`near_lead` would put the near-word fill over another first fill, on the held-out ``bench/farword_bench.py``
draw ``--sources news,messages,made-up --max-docs 40 --per-doc 60 --seed 8501`` (rest85; 2,362 masks, news and
message catalogues: news 4 of 9 against 2, messages 0 of 10 against 9: a catalogue's sentence writes the contrasting
word, 入力 beside 出力, 受信 beside 送信, 翻字 beside 文字). The draw read while the rule was written (``--sources
news,made-up --max-docs 15 --per-doc 40 --seed 85``) had read 12 of 22 against 6. The caller leads only while the near
word is right more often than the first fill: it is not, so the lead is off (``near_word`` stays a weight of the
ranking, which already puts it first where the model's own top differs on most such gaps)."""


FIRST_WORD_LONGER = (19, 7, 40)
"""(the first fill right, the far-word lead right, gaps): open gaps of one lost kanji the lead reordered where the fill
listed first makes a longer word across the gap than the far-word fill does (:func:`word_length`; trial 72's
``半\ufffd造化``: 構造化 against 半数). Helper cov74, on ``bench/farword_bench.py`` records, each mask once: helper
rank73's draws (session 72's made-up documents seed 72, session 73's and Wikinews 7301: first 13, lead 6, of 31;
read there) and fresh draws (``--sources news --per-doc 50 --seed 7402``; ``--sources made-up --madeup
"/work/regress/in_*7[23]*/*.txt" --max-docs 40 --per-doc 15 --seed 7402``, masks drawn before left out: first 6,
lead 1, of 9). Over the reordered gaps of those draws (227) the first candidate is right 132 times with the check,
120 without. Reason for the check in :func:`lead_fill`."""


def word_length(site: Site, fill: str) -> int:
    """Characters of the word (Sudachi, mode C) that holds the gap with ``fill`` in it, read in :data:`WORD_WINDOW`
    characters on each side.

    >>> site = Site("半\ufffd造化インタビューを実施した", 1, 2)
    >>> word_length(site, "構"), word_length(site, "数")
    (3, 2)
    """
    left = site.left[-WORD_WINDOW:]
    text = left + fill + site.right[:WORD_WINDOW]
    at = len(left)
    for m in resources.tokenizer().tokenize(text):
        if m.begin() <= at < m.end():
            return m.end() - m.begin()
    return len(fill)


FAR_WORD_RANKS = ": ranked up, never committed on it alone"
"""How :func:`propose_elsewhere`'s evidence ends; :func:`yield_far_word` writes :data:`FAR_WORD_YIELDS` instead where
the feature was not weighed."""
FAR_WORD_YIELDS = ": not weighed: the talk's English names a word for this place"

TRANSLATION_FEATURES = ("bilingual_context", "bilingual_word", "bilingual_term")
"""The features that say the English of this very place names a fill's word: a paired or aligned line, a linked
slide (``bilingual_word``, at either weight), a term, a number beside the names its slide shares
(``bilingual_context``). Not ``bilingual_deck``: a word of the deck at large, no line of it a translation of this
sentence, is no more this place's than a word the text writes elsewhere (trial 67c: 震災 and 岸壁 from other slides
had silenced 研修員, written whole twice beside ``\ufffd\ufffd員``)."""


def yield_far_word(pool) -> None:
    """Drop ``far_word`` from each fill of ``pool`` (a :class:`~pipeline.restore.scoring.Pool`) that the English of
    this place (:data:`TRANSLATION_FEATURES`) does not name, where it names another fill of this gap: a word written
    elsewhere in the text says what the gap could be, the translation what it is. A fill both name keeps its
    ``far_word`` (the two agree). A gap ``生活環境の\ufffd化と`` beside its slide's *Changes* (the slide linked to its
    section): 文化, written at another line, had put 文 over 変 (helper jarank65, session 65).

    >>> from pipeline.restore.scoring import Pool
    >>> p = Pool(); p.features = {"文": {"far_word": 1.0}, "変": {"bilingual_word": 0.5}}
    >>> p.said = {"文": [("document-word", "文化 … is written whole at line 8" + FAR_WORD_RANKS)]}
    >>> yield_far_word(p); p.features["文"], p.said["文"][0][1].endswith(FAR_WORD_YIELDS)
    ({}, True)
    >>> p = Pool(); p.features = {"研修": {"far_word": 1.0, "bilingual_word": 1.0}, "見習": {"bilingual_word": 1.0}}
    >>> yield_far_word(p); p.features["研修"]
    {'far_word': 1.0, 'bilingual_word': 1.0}
    >>> p = Pool(); p.features = {"研修": {"far_word": 1.0}, "岸壁": {"bilingual_deck": 1.0}}
    >>> yield_far_word(p); p.features["研修"]
    {'far_word': 1.0}
    """
    def named(feats) -> bool:
        return any(feats.get(name, 0.0) > 0.0 for name in TRANSLATION_FEATURES)

    if not any(named(feats) for feats in pool.features.values()):
        return
    for fill, feats in pool.features.items():
        if named(feats):
            continue
        if feats.pop(FAR_WORD, None) is not None:
            pool.said[fill] = [(kind, detail[:-len(FAR_WORD_RANKS)] + FAR_WORD_YIELDS
                                if kind == "document-word" and detail.endswith(FAR_WORD_RANKS) else detail)
                               for kind, detail in pool.said.get(fill, ())]


_GOES_ON = re.compile(f"[{KANJI}{KATAKANA}]")
"""The gap's word goes on past the fill: a kanji or a katakana letter right after the gap (``小山\ufffd場`` of 小山斎場)."""


PLACE_SUFFIXES = ("市", "町", "村")
"""A municipality's suffix, which closes a place's name (小山市, 北川町) and opens common words as often (市場, 町内,
村長): :func:`word_cut_at_gap`."""


@functools.lru_cache(maxsize=1 << 12)
def _place_name(word: str) -> bool:
    """Sudachi (mode C) reads ``word`` whole as one place's name (名詞-固有名詞-地名: 小山市, 北川町)."""
    morphemes = sudachi.tokenizer("C").tokenize(word)
    return len(morphemes) == 1 and morphemes[0].part_of_speech()[1:3] == ("固有名詞", "地名")


def word_cut_at_gap(site: Site, doc: Document, fill: str) -> tuple[str, int] | None:
    """(word, line) where the intact kanji or katakana run before a one-glyph gap (up to :data:`MAX_SIDE` letters)
    and ``fill``, a municipality's suffix (:data:`PLACE_SUFFIXES`), make a place's name (:func:`_place_name`: 小山市)
    that the document's nearest scope writes (its character model counts it wherever it stands: Sudachi reads
    ``元小山市`` as 元小山 + 市), while the fill and the gap's next letter (a kanji or a katakana letter) make a
    dictionary word too (市場 of ``小山\ufffd場``: the suffix may as well open the next word) and no place writing the
    place's name goes on with that letter; else ``None``. Such a name shares only the letters before the gap with this
    place: the document's counts (its character model, its far_word row) read the fill there as the name's end, which
    says nothing of the word the gap's right context continues. Measured on clean text (docs/restore.md, *Session 77,
    commit77*): any word so cut (本年 beside ``本\ufffd度``, 地域振興局 beside ``振興\ufffd長``) was 32 right commits
    lost for 5 wrong avoided; the place's name with its suffix opening another word, 1 lost (西原町議会) of 46 masks. The funeral
    notice's ``同市喜沢の小山\ufffd場で`` under a heading ``■小山市`` (fresh-user trial 77b, truth 斎 of 小山斎場,
    committed 市 at 0.9855: a place's name + 市 ending at the gap); the caller decides whether the document's counts
    raised the fill (:func:`pipeline.restore.scoring.reading_without_document`).

    >>> doc = Document.from_text("■小山市\\n葬儀は小山\\ufffd場で。")
    >>> word_cut_at_gap(Site(doc.scopes[0][1][1].text, 5, 6, line=2), doc, "市")
    ('小山市', 1)
    >>> doc = Document.from_text("小山市場の朝市\\n葬儀は小山\\ufffd場で。")  # written going on as the gap does
    >>> word_cut_at_gap(Site(doc.scopes[0][1][1].text, 5, 6, line=2), doc, "市")
    >>> doc = Document.from_text("■小山市\\n葬儀は小山\\ufffdで。")  # the gap's word ends with the fill
    >>> word_cut_at_gap(Site(doc.scopes[0][1][1].text, 5, 6, line=2), doc, "市")
    >>> doc = Document.from_text("■北川町\\n北川\\ufffd子育てサークル")  # 町子 no word: the name's end
    >>> word_cut_at_gap(Site(doc.scopes[0][1][1].text, 2, 3, line=2), doc, "町")
    """
    if site.script != "ja" or site.length != 1 or not _KANJI_FILL.fullmatch(fill) or not _GOES_ON.match(site.right):
        return None
    left = _LEFT_RUN.search(site.left)
    if left is None:
        return None
    word, after = left.group(0) + fill, site.right[0]
    if fill not in PLACE_SUFFIXES or not _dictionary_word(fill + after) or not _place_name(word):
        return None
    places = doc.occurrences(word)
    if not places or any(line.text[at + len(word): at + len(word) + 1] == after for line, at in places):
        return None
    line, at = places[0]
    return word, line.line_at(at)


COMPOUND_NEAR = FAR_WORD_NEAR
"""Characters of the nearest scope's text (its lines joined) each side of the gap within which
:func:`propose_compound` reads the words the document writes whole (the lead's reach, :data:`FAR_WORD_NEAR`)."""
_KANJI_RUN = re.compile(f"[{KANJI}]+")
_CLOSES = ("。", "！", "？", "!", "?")
_SENTENCE_CLOSE = re.compile("[。！？!?]\\s*|\\n")
_PREDICATE_NOUN = re.compile(f"([{KANJI}]+)[{HIRAGANA}]*[。！？!?]\\s*$")
"""A sentence that closes on a noun of kanji and its kana (寄贈いたしました。: the act it reports)."""
COMPOUND_ROW = "the noun of as many kanji"
"""How :func:`propose_compound`'s evidence row names its fill (:func:`compound_fill` finds it by it)."""
COMPOUND_LISTED = 4
"""The place (0-based) an open gap lists :func:`propose_compound`'s fill at where the model ranks it lower: the last
of the first five, so the model's first four stay as they were (measured: docs/restore.md, *Session 78, run78*)."""


def compound_fill(pool) -> str | None:
    """The fill :func:`propose_compound` added to ``pool`` (a :class:`~pipeline.restore.scoring.Pool`), if any."""
    return next((fill for fill, rows in pool.said.items()
                 if any(kind == "document-word" and COMPOUND_ROW in detail for kind, detail in rows)), None)


@functools.lru_cache(maxsize=1 << 12)
def _common_nouns(text: str, size: int) -> tuple[str, ...]:
    """The common nouns of ``size`` kanji Sudachi reads whole in ``text`` (mode C; dictionary words, no proper noun:
    a name is never filled), first written first."""
    found: dict[str, None] = {}
    for m in sudachi.tokenizer("C").tokenize(text):
        word, pos = m.surface(), m.part_of_speech()
        if len(word) == size and _KANJI_FILL.fullmatch(word) and pos[:2] == ("名詞", "普通名詞") \
                and _dictionary_word(word):
            found[word] = None
    return tuple(found)


@functools.lru_cache(maxsize=1 << 12)
def compound_with(window: str, at: int, size: int) -> bool:
    """Whether ``window[at:at + size]`` (the fill) stands in ``window`` as one common noun of Sudachi's reading (mode
    C) glued to a noun or a noun's affix of kanji beside it: the two make one compound (寄贈 + 式, 練習 + 日).

    >>> compound_with("。寄贈式には校長", 1, 2), compound_with("練習日の駐車場", 0, 2), compound_with("寄贈しました", 0, 2)
    (True, True, False)
    """
    pos, parts = 0, []
    for m in sudachi.tokenizer("C").tokenize(window):
        parts.append((pos, m.surface(), m.part_of_speech()))
        pos += len(m.surface())
    for i, (start, word, tags) in enumerate(parts):
        if start != at or len(word) != size or tags[:2] != ("名詞", "普通名詞"):
            continue
        beside = [parts[j] for j in (i - 1, i + 1) if 0 <= j < len(parts)]
        return any(_KANJI_RUN.fullmatch(w) and (t[0] == "名詞" or t[0] in ("接頭辞", "接尾辞")) for _, w, t in beside)
    return False


def propose_compound(site: Site, doc: Document, taken: Iterable[str] = ()) -> list[Proposal]:
    """The fill for a run of two lost glyphs or more opening its sentence, named by the sentence before: the noun of
    as many kanji (the last ones of its run of kanji, a common noun to Sudachi) that sentence closes on before its kana
    (寄贈いたしました。), where set in the gap it makes one compound with the intact kanji beside it
    (:func:`compound_with`) or one dictionary word with them (寄付 + 金); the previous sentence read within
    :data:`COMPOUND_NEAR` characters. Feature ``far_word`` (none for a fill already in ``taken``, the pool's: its
    evidence row only); the restorer lists it on an open gap (:data:`COMPOUND_LISTED`), never commits on it.

    Why (fresh-user trial 78b, issue 19 point 1): ``書籍を寄贈いたしました。\\n\\ufffd\\ufffd式には`` (寄贈式) offered
    多項, の形, 条件, 方程: the character model, counted from software documentation, reads its own words, and
    :func:`propose_elsewhere` needs the whole word (寄贈式) written, which a compound of two nouns seldom is. A sentence
    goes on from the one before it: a writer who names an act (寄贈) names its ceremony after it. Only that noun, and
    only where the gap opens its sentence: every noun of a page makes a compound with 式 to Sudachi (the model ranked
    them no better than chance), and the closing noun was the gap's word 12 times of 51 where the gap opened the next
    sentence, 16 of 562 anywhere in it (docs/restore.md, *Session 78, run78*).

    >>> doc = Document.from_text("書籍を寄贈いたしました。\\n\\ufffd\\ufffd式には校長が出席しました。")
    >>> [p.fill for p in propose_compound(Site(doc.scopes[0][1][1].text, 0, 2, line=2), doc)]
    ['寄贈']
    """
    n = site.length
    if site.script != "ja" or n < 2 or not _sides(site):
        return []
    here = doc.site_position(site)
    if here is None:
        return []
    before = doc.nearest_text[max(0, here - COMPOUND_NEAR): here]
    window_left, window_right = site.left[-WORD_WINDOW:], site.right[:WORD_WINDOW]
    # the gap opens its sentence, right after one that closed (measured: a noun closing the sentence before named the
    # gap's word 16 times of 562 where the gap stood anywhere in the next one, 12 of 51 where it opened it)
    sentence = before.rstrip()
    if not sentence.endswith(_CLOSES):
        return []
    sentence = sentence[max((m.end() for m in _SENTENCE_CLOSE.finditer(sentence[:-1])), default=0):]
    closing = _PREDICATE_NOUN.search(sentence)
    if closing is None or GAP in closing.group(1):
        return []
    word = closing.group(1)[-n:]
    if word not in _common_nouns(sentence.rstrip(), n):
        return []
    # one compound of two words (寄贈 + 式), or one dictionary word with the letters beside the gap (寄付 + 金: 寄付金)
    if not compound_with(window_left + word + window_right, len(window_left), n) and not any(
            _dictionary_word(letters + word if before else word + letters) for letters, before in _sides(site)):
        return []
    return [Proposal(fill=word, kind="document-word",
                     detail=(f"{word}, {COMPOUND_ROW} the sentence before the gap's closes on, makes one compound "
                             f"with the intact letters beside the gap{FAR_WORD_RANKS}"),
                     features={} if word in set(taken) else {FAR_WORD: 1.0})]
