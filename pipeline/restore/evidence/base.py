"""The records providers share: where a gap stands, what text surrounds it, what a provider proposes."""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from dataclasses import dataclass, field

from pipeline.chardata import JA_LETTER_RE, LATIN_RE, is_english
from pipeline.model import GAP

GAP_RUN = re.compile(f"{GAP}+")



def find_gaps(text: str) -> list[tuple[int, int]]:
    """Maximal runs of lost glyphs, as ``(start, end)`` code-point offsets.

    >>> find_gaps("a\\ufffd\\ufffdb\\ufffd")
    [(1, 3), (4, 5)]
    """
    return [m.span() for m in GAP_RUN.finditer(text)]


@dataclass(frozen=True)
class Line:
    """A line of a document: its text, the raw line number it starts on (0 when unknown), and,
    for a piece of a talk, the raw position of each character (so evidence can cite the exact line)."""

    text: str
    number: int
    origin: tuple | None = None
    spoken: frozenset[str] = frozenset()
    """For an English line read for a gap outside the text it translates (the English title, read for a section's
    sentence): the gloss lemmas of its words that text already says (*Castle*, *Town* of *Tourism and Citizen
    Exchange in a Castle Town*, which 城下町の観光と市民交流 glosses). Such words belong to that text: they neither
    align the line with the gap's sentence nor name its fill (:func:`pipeline.restore.evidence.translation.spoken_by`;
    fresh-user trial 68d). Empty for every other line."""

    def line_at(self, offset: int) -> int:
        if self.origin is not None and 0 <= offset < len(self.origin) and self.origin[offset] is not None:
            return self.origin[offset][0]
        return self.number


@dataclass(frozen=True)
class Site:
    """One gap (or the part of a gap still open) inside its line.

    >>> s = Site("ab\\ufffd\\ufffdcd\\ufffde", 2, 4, line=7)
    >>> s.left, s.right, s.length
    ('ab', 'cd', 2)
    """

    text: str
    start: int
    end: int
    line: int = 0
    above: str = ""
    """The line before the gap's line where it goes on into it (a line of prose whose sentence is not over), else
    ``""`` (unknown, a paragraph's first line): a word opening the line is mid-sentence after it
    (:func:`pipeline.restore.evidence.repetition.initial_case`; helper lig67, ``cash`` / ``(cid:7)ow``)."""

    @property
    def length(self) -> int:
        return self.end - self.start

    @functools.cached_property  # asked by every provider, for every candidate
    def left(self) -> str:
        """The text before the gap, back to the previous gap (Sudachi must not read a gap)."""
        before = self.text[: self.start]
        cut = before.rfind(GAP)
        return before[cut + 1:]

    @functools.cached_property
    def right(self) -> str:
        after = self.text[self.end:]
        cut = after.find(GAP)
        return after if cut < 0 else after[:cut]

    def filled(self, fill: str) -> str:
        return self.text[: self.start] + fill + self.text[self.end:]

    def window(self, fill: str, width: int = 8) -> str:
        """The fill with up to ``width`` characters of gap-free context on each side."""
        return self.left[-width:] + fill + self.right[:width]

    @property
    def script(self) -> str:
        """``ja`` when the neighbours are Japanese, ``latin`` inside a Latin word, else ``other``."""
        near = self.left[-2:] + self.right[:2]
        if JA_LETTER_RE.search(near):
            return "ja"
        if LATIN_RE.search(self.left[-1:] + self.right[:1]):
            return "latin"
        return "other"


@dataclass(frozen=True, init=False)
class Proposal:
    """A provider's fill for a site, with the features the scorer weighs and a checkable detail.

    ``fill`` has the site's length (one lost glyph is one character), except
    for numbering, which may claim only a prefix of a run (the heading number
    and its separator) and leave the rest to the other providers.

    >>> Proposal("験", "lexicon", "dictionary word 実験 fits 1 surviving character")
    Proposal(fill='験', kind='lexicon', detail='dictionary word 実験 fits 1 surviving character', features={}, word='')
    """

    fill: str
    kind: str
    detail: str
    features: dict[str, float] = field(default_factory=dict)
    word: str = ""
    """The one dictionary word the fill completes, when the lexicon fitted one word (not several) over the gap."""

    def __init__(self, fill: str, kind: str, detail: str, features: dict[str, float] | None = None, word: str = ""):
        # the fields written once into the instance's dictionary: a frozen dataclass's own __init__ sets each through
        # object.__setattr__, twice this one's time, and a gap's pool is made of some 700 proposals (issue 19, point 5)
        self.__dict__.update(fill=fill, kind=kind, detail=detail, features={} if features is None else features,
                             word=word)


@dataclass(frozen=True)
class Source:
    """Text in the other language that may translate a piece: a linked slide, the talk's other title, the deck.

    ``paired``: the source is the other language's version of this very piece
    (the English title of the Japanese title, the slide linked to the section);
    else it is only the same talk's other language.
    """

    lines: tuple[Line, ...]
    label: str
    paired: bool = False
    language: str = ""
    """The language of its lines, ``en`` or ``ja``: a Japanese gap reads only English sources, an English gap only
    Japanese ones (:meth:`Document.sources_for`); ``""`` is read for a gap of either script."""
    group: str = ""
    """Sources equally near the piece (the several slides linked to one section; their titles) share a group: among
    them a line that translates the gap's sentence is read before a source read whole (issue 19 point 2, trial 67c:
    slide 3's *Earthquake-resistant quays*, read whole, had proposed 震災 and 岸壁 for ``��員`` while slide 4,
    linked to the same section, translates the sentence: *Trainees from over 40 countries*, 研修員)."""
    translates_paragraph: bool = False
    """The source is the English paragraph the document pairs with the gap's paragraph (by the paragraphs' order and
    words, ``restore._paired_paragraphs``): the line aligned there translates the gap's sentence by that pairing, never a
    weak link (:data:`pipeline.restore.evidence.translation.WEAK_LINK`: a newsletter column's *Participation is free and
    no reservation is needed* beside ``参加は無料で、予\ufffdは不要です。``, two words shared, is its sentence)."""
    by_layout: bool = False
    """The source's one line stands beside the gap's line as its translation in a bilingual layout (a flyer's
    ``参加無\ufffd`` over *Free of charge*: ``restore.neighbour_lines``; a line's other half): where it shares no word
    with the gap's sentence, its words rank the fills they gloss by the rank-only
    :data:`pipeline.restore.evidence.translation.LAYOUT_WORD`, the confidence reading them as a paired source's."""


@dataclass
class Document:
    """The text a gap can be checked against, nearest scope first (talk, document, corpus).

    ``sources`` maps the raw line a piece starts on to the texts in the other
    language that may translate it, nearest first (the talk stage fills it from
    the talk's structure and its slide links); without an entry the whole
    document's other language is the one source.
    """

    scopes: list[tuple[str, list[Line]]]
    english: list[Line] = field(default_factory=list)
    japanese: list[Line] = field(default_factory=list)
    hints: list = field(default_factory=list)
    sources: dict[int, tuple[Source, ...]] = field(default_factory=dict)
    windows: dict = field(default_factory=dict, repr=False, compare=False)
    """What providers remember of short filled windows (Sudachi's reading of each), which depends on the window
    alone: the caller may share one dict between the documents it makes for one text (its talks, its passes)."""
    _found: dict[str, tuple[tuple[Line, int], ...]] = field(default_factory=dict, init=False, repr=False,
                                                                 compare=False)
    _whole: dict[bool, tuple[Source, ...]] = field(default_factory=dict, init=False, repr=False, compare=False)
    _directed: dict[tuple[int, bool], tuple[tuple[Source, ...], tuple[Source, ...]]] = field(
        default_factory=dict, init=False, repr=False, compare=False)

    def occurrences(self, word: str) -> tuple[tuple[Line, int], ...]:
        """Where ``word`` stands in the nearest scope's lines: (line, offset) in document order, the matches
        within a line not overlapping (as ``re.finditer`` finds them). Searched once per word in the scope's
        lines joined (a provider asks for the same words at gap after gap); the scopes are not to change after.

        >>> doc = Document.from_text("耐震改修の耐震\\n旧庁舎の耐震")
        >>> [(ln.number, at) for ln, at in doc.occurrences("耐震")]
        [(1, 0), (1, 5), (2, 4)]
        """
        found = self._found.get(word)
        if found is None:
            found = self._found[word] = tuple(self._search(word))
        return found

    @property
    def nearest(self) -> list[Line]:
        """The nearest scope's lines (the talk's, else the document's, else the corpus's); ``[]`` where there is no
        scope. One place for the fact every provider and the restorer read.

        >>> [ln.text for ln in Document.from_text("a\\nb").nearest]
        ['a', 'b']
        """
        return self.scopes[0][1] if self.scopes else []

    @property
    def nearest_text(self) -> str:
        """The nearest scope's lines joined by line breaks (:attr:`nearest`), made once.

        >>> Document.from_text("a\\nb").nearest_text
        'a\\nb'
        """
        return self._joined[0]

    @functools.cached_property
    def _joined(self) -> tuple[str, list[int]]:
        """The nearest scope's lines joined by line breaks (no word searched for holds one), and where each starts."""
        lines = self.nearest
        return "\n".join(ln.text for ln in lines), list(itertools.accumulate((len(ln.text) + 1 for ln in lines[:-1]),
                                                                             initial=0))

    def position(self, line: Line, at: int) -> int | None:
        """Where offset ``at`` of ``line`` (one of the nearest scope's lines, as :meth:`occurrences` gives it) stands in
        the scope's lines joined by line breaks; None for a line not in the scope.

        >>> doc = Document.from_text("耐震改修\\n旧庁舎の耐震")
        >>> [doc.position(ln, at) for ln, at in doc.occurrences("耐震")]
        [0, 9]
        """
        i = self._line_index.get(id(line))
        return None if i is None else self._joined[1][i] + at

    def site_position(self, site: "Site") -> int | None:
        """Where the gap of ``site`` starts in the nearest scope's lines joined (:meth:`position`): the scope's line
        holding the site's text at its line number (else the first holding that text); None where none does."""
        lines = self.nearest
        same = [ln for ln in lines if ln.text == site.text]
        line = next((ln for ln in same if ln.number == site.line), same[0] if same else None)
        return None if line is None else self.position(line, site.start)

    @functools.cached_property
    def _line_index(self) -> dict[int, int]:
        return {id(ln): i for i, ln in enumerate(self.nearest)}

    @functools.cached_property
    def apostrophe(self) -> str:
        """The apostrophe the document writes between letters: ``'`` where it writes only ASCII ones
        (``Miner's``), else ``’``, the typographic one (also where it writes none: an ASCII apostrophe is never the
        glyph a decoding or a font's missing Unicode map loses, so a lost one was ``’``).

        >>> Document.from_text("Miner's rule").apostrophe, Document.from_text("the city’s port").apostrophe
        ("'", '’')
        """
        text = self._joined[0]
        ascii_ = len(re.findall(r"[A-Za-z]'[A-Za-z]", text))
        return "'" if ascii_ and not re.search(r"[A-Za-z]’[A-Za-z]", text) else "’"

    @functools.cached_property
    def lines_by_number(self) -> dict[int, Line]:
        """The nearest scope's lines by their number, made once (a provider asks at gap after gap; the scopes are not
        to change after).

        >>> Document.from_text("a\\nb").lines_by_number[2].text
        'b'
        """
        return {ln.number: ln for ln in self.nearest}

    def _search(self, word: str):
        lines = self.nearest
        if not word or "\n" in word:
            for ln in lines:
                yield from ((ln, m.start()) for m in re.finditer(re.escape(word), ln.text))
            return
        text, starts = self._joined
        at = text.find(word)
        while at >= 0:
            i = bisect.bisect_right(starts, at) - 1
            yield lines[i], at - starts[i]
            at = text.find(word, at + len(word))

    def sources_for(self, site: "Site", english: bool) -> tuple[Source, ...]:
        """The other-language sources of the piece a site stands in (English ones for a Japanese gap): those of
        ``sources`` in the language the gap's other language is (or of no said language), in their order. A
        piece holds both languages in a bilingual deck (``防\ufffd訓練 / Fire Drill``, a Japanese line over its
        English): its sources hold both, and each gap reads the other language's.

        >>> doc = Document.from_text("x")
        >>> doc.sources = {1: (Source((Line("防火訓練", 1),), "the same line", True, "ja"),
        ...                    Source((Line("Fire Drill", 1),), "the same line", True, "en"))}
        >>> [s.lines[0].text for s in doc.sources_for(Site("防\ufffd訓練", 1, 2, 1), english=False)]
        ['Fire Drill']
        """
        found = self.sources.get(site.line)
        if found is not None:
            # remembered per tuple (the caller may give the document new sources; the tuple is kept with its
            # choice, so its identity is not reused)
            kept = self._directed.get((site.line, english))
            if kept is None or kept[0] is not found:
                other = "ja" if english else "en"
                kept = self._directed[(site.line, english)] = (found, tuple(
                    src for src in found if src.language in ("", other)))
            return kept[1]
        # the same tuple gap after gap (its lines are not to change after): the translation remembers what it
        # reads of a source's lines by the tuple's identity (its lemma index), made anew for each gap before
        found = self._whole.get(english)
        if found is None:
            lines = self.english if not english else self.japanese
            found = self._whole[english] = (
                Source(tuple(lines), "the document's English" if not english else "the document's Japanese"),)
        return found

    @classmethod
    def from_text(cls, text: str) -> "Document":
        lines = [Line(t, i) for i, t in enumerate(text.split("\n"), start=1)]
        return cls.of_lines(lines)

    @classmethod
    def of_lines(cls, lines: list[Line], scope: str = "document") -> "Document":
        english = [ln for ln in lines if is_english(ln.text)]
        japanese = [ln for ln in lines if not is_english(ln.text) and JA_LETTER_RE.search(ln.text)]
        return cls(scopes=[(scope, lines)], english=english, japanese=japanese)
