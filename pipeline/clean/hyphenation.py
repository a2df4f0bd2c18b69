"""English words hyphenated across a line break.

A typesetter (or a slide's author) breaks a long word at the end of a line
with a hyphen: ``… hot springs in Ja-`` / ``pan, attracts visitors``. Read line
by line, ``Ja-`` and ``pan`` are two non-words. The evidence that a hyphen is
a break, not part of the word, comes from wordfreq (English word
frequencies, Zipf scale):

* the line ends in a word fragment and a hyphen, and the next line starts with
  a lower-case fragment;
* the document itself settles it first: it writes the hyphenated word
  elsewhere (``well-being``) → hyphen kept, even where it writes the joined
  one too (``run-time`` and ``runtime``: the hyphen may be the writer's, and
  keeping it writes a spelling the writer uses); it writes only the joined
  word elsewhere (``Hiroshima`` in its title) → joined;
* else the two fragments joined are a word (Zipf ≥ :data:`JOINED_ZIPF`; ≥
  :data:`NAME_ZIPF` when the first fragment is capitalised, since names are
  rarer and ``Mey-`` / ``ers et al.`` is left to the reader): ``Japan``,
  ``exchange``, ``bicycles``, ``anymore``. Then the hyphen goes to the ledger
  and the two lines are one (so too where the joined word is a form of such a word, rarer itself:
  ``fetching``, Zipf 2.96, of ``fetch``, or derived from one by a suffix though the first fragment is no word:
  ``schedul-`` / ``er``, ``scheduler`` of ``schedule``; :func:`word_form`) — unless the hyphenated form is an English word
  too: WordNet 3.0 (the lemma index ``spacy-lookups-data`` ships,
  :func:`pipeline.glosses.listed`) lists ``co-ordinated``, ``well-being``,
  ``e-mail``, ``make-up`` as written. Then the hyphen may be the writer's
  and is kept (the lines are joined). (wordfreq has no hyphenated words: it
  splits ``any-more`` into two words and estimates how often they stand
  together, which says nothing of a compound, so that estimate is not
  compared; WordNet lists the compounds a dictionary has, and no word
  broken at a syllable: ``ex-change`` and ``Ja-pan`` are none.)
* Else, where WordNet lists the joined word (and not the hyphenated one) and wordfreq knows it (Zipf ≥
  :data:`LISTED_ZIPF`), it is a dictionary's word broken at a syllable, and joined, a capitalised first
  fragment too (``Re-`` / ``dundancy`` opening an item of a keyword list, ``Appara-`` / ``tus`` and ``Memo-`` /
  ``randum`` in a reference's title, ``Col-`` / ``loquium``, ``Da-`` / ``lian``, a city WordNet lists: the real-PDF
  trial kept them hyphenated, Zipf under the capitalised floor). A name WordNet does not list (``Mey-`` /
  ``ers``, ``Hal-`` / ``ler``) stays as before.
* Otherwise, when both parts are words (``cross-sector``: ``crosssector`` is
  none; an ending alone, ``ing``, ``er``, is none: :data:`ENDINGS`), or the line has a suspended hyphen (``pre- and post-`` / ``war``: the
  author hyphenates these compounds), the lines are joined and the hyphen kept (the suspended hyphen only right
  before the line's last word: ``upper- and lowercase letters. The name of the sub-`` / ``mitting`` is ``submitting``).
* Else a Japanese name romanised (``Sen-`` / ``dai``, ``Oka-`` / ``yama``, ``Mina-`` / ``misoma``: names of
  the Japanese cities these documents are about, too rare in English for wordfreq) is joined: a capitalised
  first fragment, a lower-case second, neither a common English word (Zipf < :data:`NAME_ZIPF`:
  ``Debian-`` / ``women`` stays), and the joined word made of Hepburn morae only
  (:func:`romanised_japanese`: ``Hangzhou``, ``Meyers`` are not). An author hyphenates a Japanese name at a
  syllable of it, capitalised (``Shin-Osaka``), never lower-case after a capital.
* A soft hyphen (U+00AD) at a line's end is always a break (TeX's T1 fonts write their hyphenation
  hyphen so; a typed hyphen is U+002D): joined without it. U+2010 HYPHEN is read like ``-``.
* Anything else stays as it is, and so does a line before a page number (``col-`` / ``p. 1``: the page's
  furniture, :func:`pipeline.pagenumbers.page_number`, never a word's second half; segment joins the word
  across the page break once the furniture has left).
"""

from __future__ import annotations

import re
from typing import Iterable

from pipeline.chardata import EN, HALFWIDTH_LATIN, LATIN_LANGS, document_lang, frequent_words, lang_of
from pipeline.english_words import zipf
from pipeline.glosses import lemmas, listed
from pipeline.pagenumbers import page_number
from pipeline.clean.edits import Change, Line, drop_spans

JOINED_ZIPF = 3.0
NAME_ZIPF = 4.0
LISTED_ZIPF = 2.0
COMPOUND_ZIPF = 3.0

SOFT_HYPHEN = "\u00ad"
BROKEN_END = re.compile(r"(?:^|(?<=[\s(\"“‘'/])|(?<=[A-Za-z]-))([A-Za-z]+)([-\u2010\u00ad])$")
"""A line that ends in a word fragment and a hyphen (group 1: the fragment; group 2: the hyphen, ``-``, U+2010
HYPHEN or U+00AD SOFT HYPHEN). The fragment may follow a compound's own hyphen (``constant-ampli-`` / ``tude``,
trial 40: the last part is decided alone, and the compound keeps its first hyphen); a link word there is the
compound's own (:data:`COMPOUND_LINKS`)."""
COMPOUND_LINKS = frozenset({"to", "in", "on", "by", "of", "at", "or", "and", "the", "for"})
"""Small words that link a phrase compound's parts (``day-to-day``, ``mother-in-law``, ``step-by-step``,
``state-of-the-art``): after a compound's hyphen such a word, over a line that opens on a word of its own
(:data:`JOINED_ZIPF`), is the compound's part and its hyphen the compound's (``day-to-`` / ``day``: *today* is a
word, yet ``day-today`` is none; review of 2 December). A prefix's compound broken inside its last part
(``non-in-`` / ``vasive``) still joins: ``vasive`` is no word."""
CONTINUATION = re.compile(r"^([a-z]+)")
"""A line that starts with a lower-case fragment (group 1)."""


_WORDS = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)*")
_SUSPENDED = re.compile(r"\b[A-Za-z]+- (?:and|or|to|&) [A-Za-z]+[-\u2010\u00ad]$")
"""A suspended hyphen right before the line's last word (``pre- and post-`` / ``war``): the compounds are the
writer's, so the last hyphen is one; a suspended hyphen elsewhere in the line (``upper- and lowercase letters. The
name of the sub-`` / ``mitting``) says nothing of the word broken at its end."""


def written_words(texts: Iterable[str]) -> frozenset[str]:
    """The words the document writes whole (small letters), hyphenated ones as written."""
    return frozenset(w.lower() for text in texts for w in _WORDS.findall(text))


def hyphen_decision(left: str, right: str, written: frozenset[str] = frozenset()) -> str | None:
    """``"join"`` (drop the hyphen), ``"compound"`` (keep it) or ``None`` (leave the lines).

    >>> hyphen_decision("Ja", "pan"), hyphen_decision("cross", "boundary"), hyphen_decision("Mey", "ers"), hyphen_decision("bi", "cycles")
    ('join', 'compound', None, 'join')
    >>> hyphen_decision("Hiro", "shima", frozenset({"hiroshima"})), hyphen_decision("well", "being", frozenset({"well-being"}))
    ('join', 'compound')
    >>> hyphen_decision("co", "ordinated"), hyphen_decision("co", "ordinated", frozenset({"coordinated"})), hyphen_decision("ex", "change")
    ('compound', 'join', 'join')
    >>> hyphen_decision("run", "time", frozenset({"runtime", "run-time"}))  # both spellings written: the hyphen may be the writer's
    'compound'
    >>> hyphen_decision("Kuma", "moto"), hyphen_decision("Fuku", "oka"), hyphen_decision("Da", "lian"), hyphen_decision("kuma", "moto")
    ('join', 'join', 'join', None)
    >>> hyphen_decision("Re", "dundancy"), hyphen_decision("Appara", "tus"), hyphen_decision("consec", "utively")  # WordNet lists the word
    ('join', 'join', 'join')
    >>> hyphen_decision("Debian", "women"), hyphen_decision("Etch", "a")
    (None, None)
    >>> hyphen_decision("fetch", "ing"), hyphen_decision("buffer", "ing"), hyphen_decision("co", "ed")  # a word's form
    ('join', 'join', 'compound')
    >>> hyphen_decision("schedul", "er"), hyphen_decision("normal", "ization"), hyphen_decision("well", "known")
    ('join', 'join', 'compound')
    """
    joined, hyphenated = (left + right).lower(), f"{left}-{right}".lower()
    if hyphenated in written:
        return "compound"  # the writer's own spelling elsewhere: keeping the hyphen writes no word they did not
    if joined in written:
        return "join"
    floor = NAME_ZIPF if left[:1].isupper() else JOINED_ZIPF
    if zipf(joined) >= floor or word_form(left, right, floor):
        # Both spellings are English (``co-ordinated`` / ``coordinated``, ``well-being``): the hyphen
        # may be the writer's, and keeping it changes no word.
        return "compound" if listed(hyphenated) else "join"
    if zipf(joined) >= LISTED_ZIPF and listed(joined) and not listed(hyphenated):
        # A dictionary's word broken at a syllable (``Re-`` / ``dundancy`` in a keyword list, ``Appara-`` / ``tus``
        # in a reference's title, ``Col-`` / ``loquium``): WordNet lists the joined word, not the hyphenated one,
        # and wordfreq knows it; a capitalised fragment is then no name's part left to the reader.
        return "join"
    if right not in ENDINGS and min(zipf(left.lower()), zipf(right.lower())) >= COMPOUND_ZIPF:
        return "compound"
    if (left[:1].isupper() and left[1:].islower() and right.islower() and romanised_japanese(joined)
            and max(zipf(left.lower()), zipf(right)) < NAME_ZIPF):
        return "join"
    return None


ENDINGS = frozenset({"ing", "ings", "ed", "es", "er", "ers", "est"})
"""English endings a line may break before (inflections, and the agent's ``-er``): alone, no word of a compound
(wordfreq counts ``ing``, ``ed``, ``er`` as tokens, from names and from text split at hyphens)."""


def word_form(left: str, right: str, floor: float) -> bool:
    """The fragments joined are a form of an English word at Zipf ``floor`` or more, where the form itself is
    rarer (``fetching``: 2.96): spaCy's rule lemmatiser gives it a lemma WordNet lists (``fetching`` → ``fetch``,
    ``tabulated`` → ``tabulate``; :func:`pipeline.glosses.lemmas`), or it is the first fragment, a word, with an
    ending after it (:data:`ENDINGS`: ``fetch-`` / ``er``). wordfreq knows the form too (Zipf above 0).

    >>> word_form("fetch", "ing", 3.0), word_form("fetch", "er", 3.0), word_form("fetch", "ingly", 3.0)
    (True, True, False)
    >>> word_form("Mey", "ers", 4.0), word_form("glean", "ing", 3.0)  # no word at the floor: ``Mey``, ``glean`` (2.73)
    (False, False)
    >>> word_form("schedul", "er", 3.0), word_form("normal", "ization", 3.0), word_form("Hal", "ler", 4.0)
    (True, True, False)

    Or the first fragment is no word, but the joined word is one derived by a suffix (:func:`derived_from`) from a
    word at the floor: ``schedul-`` / ``er`` → ``scheduler`` (Zipf 2.65) of ``schedule``; only where the first
    fragment is lower-case (a capitalised one may be a name, ``Hal-`` / ``ler``, ``Mey-`` / ``ers``).
    """
    joined = (left + right).lower()
    if zipf(joined) <= 0:
        return False
    if right in ENDINGS and zipf(left.lower()) >= floor:
        return True
    stems = derived_from(joined, len(left)) if left[:1].islower() else set()  # a name's ending is no suffix (``Hal-`` / ``ler``)
    return any(form != joined and zipf(form) >= floor for form in lemmas(joined) | stems)


SUFFIXES = ("izations", "ization", "isations", "isation", "izers", "izer", "ations", "ation", "ers", "er",
            "ings", "ing", "ed", "ly")
"""Derivational and inflectional endings a word may be broken before or inside (``schedul-`` / ``er``,
``sched-`` / ``uling``, ``normal-`` / ``ization``, ``consec-`` / ``utively``: an adverb of ``consecutive``),
longest first (:func:`derived_from`)."""


def derived_from(joined: str, cut: int) -> set[str]:
    """The words ``joined`` (small letters) is derived from by one of :data:`SUFFIXES` that starts at or after the
    break (``cut`` letters in) or reaches across it by one letter, its stem as written, with a silent ``e``
    restored (``scheduler`` → ``schedule``), a doubled consonant undone (``programmer`` → ``program``) or ``-ize``
    put back (``normalization`` → ``normalize``): a typesetter breaks an agent noun or a gerund before its ending
    (``schedul-`` / ``er``), where the first fragment is no word but the stem with its ending is.

    >>> sorted(derived_from("scheduler", 7)), sorted(derived_from("normalization", 6))
    (['schedul', 'schedule'], ['normal', 'normalise', 'normalize'])
    >>> derived_from("meyers", 3) >= {"mey", "meye"}, derived_from("crossboundary", 5)
    (True, set())
    >>> sorted(derived_from("consecutively", 6)), sorted(derived_from("possibly", 5))
    (['consecutive', 'consecutivele'], ['possib', 'possible'])
    """
    for suffix in SUFFIXES:
        stem = joined[:-len(suffix)]
        if joined.endswith(suffix) and len(stem) >= 3 and len(stem) >= cut - 1:
            if suffix.startswith(("iz", "is")):
                bases = {stem, stem + "ize", stem + "ise"}
            elif suffix.startswith("ation"):
                bases = {stem, stem + "e", stem + "ate"}
            elif suffix == "ly":  # ``consecutively`` of ``consecutive``, ``possibly`` of ``possible``, ``happily``
                bases = {stem, stem + "le"} | ({stem[:-1] + "y"} if stem.endswith("i") else set())
            else:
                bases = {stem, stem + "e"}
            if len(stem) > 3 and stem[-1] == stem[-2] and stem[-1] not in "aeiou":
                bases.add(stem[:-1])
            return bases
    return set()


_MORA = r"(?:(?:[kgsztdnhbpmr]y?|sh|ch|ts|j|f|w|y)?[aeiou]|n|[kstpc](?=[kstpc]))"
_ROMANISED = re.compile(f"{_MORA}+")
MIN_ROMANISED = 5


def romanised_japanese(word: str) -> bool:
    """``word`` (small letters) is Japanese romanised in Hepburn: morae only (a consonant, maybe ``y``, and a
    vowel; ``n``; a doubled consonant), at least :data:`MIN_ROMANISED` letters.

    >>> [romanised_japanese(w) for w in ("sendai", "minamisoma", "hokkaido", "sapporo", "hangzhou", "meyers", "oka")]
    [True, True, True, True, False, False, False]
    """
    return len(word) >= MIN_ROMANISED and _ROMANISED.fullmatch(word) is not None


def join_hyphenated_wraps(lines: tuple[Line, ...]) -> tuple[tuple[Line, ...], list[Change]]:
    """Join a word broken with a hyphen at the end of a line; the hyphen goes to the ledger.

    Why: ``Ja-`` / ``pan`` is the word ``Japan``; split, neither half is found
    by a search or read right by a tokenizer. See the module docstring for the
    evidence (wordfreq) and for compounds such as ``cross-sector``, which
    keep their hyphen.

    >>> from pipeline.model import Text
    >>> def run(*texts):
    ...     lines = tuple(Line(Text.from_raw(s, n)) for n, s in enumerate(texts, 1))
    ...     out, changes = join_hyphenated_wraps(lines)
    ...     return [l.text.text for l in out if l.text.text], [c.removed.text for c in changes]
    >>> run("hot springs in Ja-", "pan, attracts visitors", "our cross-", "sector work")
    (['hot springs in Japan, attracts visitors', 'our cross-sector work'], ['-'])
    >>> run("inter\u00ad", "national ties; devel\u2010", "opment")  # a soft hyphen, U+2010 HYPHEN
    (['international ties; development'], ['\xad', '‐'])
    >>> run("as Mey-", "ers et al. (2001a) show")
    (['as Mey-', 'ers et al. (2001a) show'], [])
    >>> run("We also col-", "p. 1")  # a page number at the page's foot
    (['We also col-', 'p. 1'], [])
    >>> run("under constant-ampli-", "tude loading, a state-of-the-", "art frame")  # a compound's last part broken
    (['under constant-amplitude loading, a state-of-the-art frame'], ['-'])
    >>> run("a day-to-", "day routine; non-in-", "vasive checks")  # a phrase compound's link word; a prefix's compound
    (['a day-to-day routine; non-invasive checks'], ['-'])
    """
    out = list(lines)
    changes: list[Change] = []
    lang = wraps_lang(line.text.text for line in lines)
    written = written_words_for((line.text.text for line in lines), lang)
    k = 0
    while k < len(out) - 1:
        before, after = out[k].text, out[k + 1].text
        end, start = broken_halves(before.text, after.text, lang)
        start = start if page_number(after.text) is None else None
        decision = decision_for(lang, end.group(1), start.group(1), written) if end and start else None
        if lang == EN and decision == "join" and before.text[end.start() - 1:end.start()] == "-" \
                and end.group(1).lower() in COMPOUND_LINKS and zipf(start.group(1)) >= JOINED_ZIPF:
            decision = "compound"  # ``day-to-`` / ``day``: the phrase compound's link, no word broken
        if end and start and end.group(2) == SOFT_HYPHEN:
            # A soft hyphen is by definition a break the typesetter made (TeX's T1 hyphen character comes out
            # as U+00AD; a hyphen the writer typed is U+002D): the word is whole without it.
            decision = "join"
        if lang == EN and decision == "join" and _SUSPENDED.search(before.text):
            # "pre- and post-" / "war": the author hyphenates these compounds (German's ``Ein- und Aus-`` /
            # ``gang`` is one closed word, ``Ausgang``: the other languages' path joins it)
            decision = "compound"
        if decision is None:
            k += 1
            continue
        if decision == "join":
            fixed = drop_spans(before, [(len(before) - 1, len(before))], "hyphenation")
            before = fixed.text
            changes.extend(fixed.changes)
        out[k] = out[k].with_text(before + after)
        del out[k + 1]  # its characters are in line k now; the joined line is looked at again
    return tuple(out), changes


# --------------------------------------------------------------------------
# Other Latin-script languages: German, French, Dutch … (issue 16 point 2, helper lang78)
# --------------------------------------------------------------------------

BROKEN_END_LATIN = re.compile(
    f"(?:^|(?<=[\\s(\"“‘'/„«‚])|(?<=[{HALFWIDTH_LATIN}]-))([{HALFWIDTH_LATIN}]+)([-\u2010\u00ad])$")
""":data:`BROKEN_END` with the letters of German, French, Dutch … words (``Längenma-``, ``Ska-``)."""
CONTINUATION_LATIN = re.compile(f"^([{HALFWIDTH_LATIN}]+)")
"""A line's first word (group 1); the join asks it to be lower case (``ße``, ``nern``)."""
_WORDS_LATIN = re.compile(f"[{HALFWIDTH_LATIN}]+(?:-[{HALFWIDTH_LATIN}]+)*")

FOREIGN_JOINED_ZIPF = 1.5
"""Zipf the two fragments joined need in the document language's wordfreq list to be read as one word broken at a
line's end: lower than English's :data:`JOINED_ZIPF` because German and Dutch write compounds closed, and a compound
is rarer than its parts (``Längenmaße`` 1.71, ``verkleinern`` 3.23); wordfreq has no hyphenated words, so a word it
knows joined is no writer's hyphenated spelling (``E-Mail``, ``Baden-Württemberg``: the second part opens on a capital,
and a capital never continues a broken word here)."""
COMPOUNDING = frozenset({"de", "nl"})
"""Languages that write a compound of nouns as one word (German ``Dokumentenklasse``, Dutch ``gemeenteraad``): a word
wordfreq does not know may still be one of its words joined (:func:`closed_compound`)."""
LINKING = ("s", "es", "n", "en", "e", "er")
"""German and Dutch linking elements (Fugenelemente: ``Skalierung-s-schritte``, ``Dokument-en-klasse``) a compound's
first part may end in."""
COMPOUND_PART = 3
"""Letters each part of a closed compound has at least (:func:`closed_compound`)."""
CONJUNCTIONS = {"de": frozenset({"und", "oder", "bzw", "sowie", "bis"}), "nl": frozenset({"en", "of", "tot"}),
                "fr": frozenset({"et", "ou"}), "es": frozenset({"y", "o", "e", "u"}), "it": frozenset({"e", "ed", "o"}),
                "pt": frozenset({"e", "ou"})}
"""The coordinating conjunctions after which a hyphen is a suspended one (German ``Ein-`` / ``und Ausgang``,
French ``pré-`` / ``et post-``): the line's first word is then no word's second half."""


def wraps_lang(texts: Iterable[str]) -> str:
    """The language the join asks word lists of: one of :data:`~pipeline.chardata.LATIN_LANGS` where the document
    is written in it (:func:`pipeline.chardata.document_lang` of its whole text, when its Latin words outnumber its
    Japanese letters), else ``en`` (English's lists, as before).

    >>> wraps_lang(["Die Daten werden mit den üblichen Makros an die Klasse übergeben."]), wraps_lang(["We met in Leeds."])
    ('de', 'en')
    """
    whole = "\n".join(texts)
    if lang_of(whole, EN) != EN:
        return EN
    lang = document_lang([whole], EN)
    return lang if lang in LATIN_LANGS else EN


def written_words_for(texts: Iterable[str], lang: str) -> frozenset[str]:
    """:func:`written_words` of a document in ``lang`` (:func:`wraps_lang`): in another language than English with
    its letters (``längenmaße``, ``e-mail``)."""
    if lang == EN:
        return written_words(texts)
    return frozenset(w.lower() for text in texts for w in _WORDS_LATIN.findall(text))


def broken_halves(before: str, after: str, lang: str) -> tuple[re.Match | None, re.Match | None]:
    """``(end, start)``: the fragment and hyphen ending ``before`` and the fragment opening ``after`` in a document
    in ``lang`` (:func:`wraps_lang`; :data:`BROKEN_END` and :data:`CONTINUATION` in English, the same shapes with the
    letters of German, French … and a small first letter in the other languages), each None where it is not there.

    >>> [m.group(1) if m else None for m in broken_halves("die Längenma-", "ße der Stellen", "de")]
    ['Längenma', 'ße']
    >>> [m.group(1) if m else None for m in broken_halves("die Längenma-", "ße der Stellen", "en")]
    [None, None]
    """
    if lang == EN:
        return BROKEN_END.search(before), CONTINUATION.match(after)
    # a German (French, Dutch …) document: its letters, its word list (helper lang78)
    start = CONTINUATION_LATIN.match(after)
    return BROKEN_END_LATIN.search(before), start if start and start.group(1).islower() else None


def decision_for(lang: str, left: str, right: str, written: frozenset[str] = frozenset()) -> str | None:
    """:func:`hyphen_decision` in an English document, :func:`hyphen_decision_in` in another language's."""
    return hyphen_decision(left, right, written) if lang == EN else hyphen_decision_in(lang, left, right, written)


def zipf_in(word: str, lang: str) -> float:
    """How common ``word`` is in ``lang`` (wordfreq's Zipf scale).

    >>> zipf_in("verwendet", "de") > 3 > zipf_in("verwen", "de")
    True
    """
    from wordfreq import zipf_frequency

    return zipf_frequency(word, lang)


def closed_compound(joined: str, cut: int, lang: str, capital: bool) -> bool:
    """``joined`` (small letters) is two words of ``lang`` written as one (:data:`COMPOUNDING`): a first part that
    is a word, maybe with a linking element (:data:`LINKING`; Zipf ≥ :data:`COMPOUND_ZIPF` less one: a compound's
    first part is often a rarer noun), and a last part that is a word (Zipf ≥ :data:`COMPOUND_ZIPF`) and no
    function word (``Ein-`` / ``und``). Where the line broke exactly between the two parts (``cut`` letters in), only
    after a capitalised first fragment (a noun's: ``Dokumenten-`` / ``klasse``); two small-letter words there are
    the writer's compound (``deutsch-`` / ``französischen``).

    >>> closed_compound("dokumentenklasse", 4, "de", True), closed_compound("skalierungsschritte", 3, "de", True)
    (True, True)
    >>> closed_compound("deutschfranzösischen", 7, "de", False), closed_compound("genuzt", 2, "de", False)
    (False, False)
    """
    small = frequent_words(lang)
    for k in range(COMPOUND_PART, len(joined) - COMPOUND_PART + 1):
        head, tail = joined[:k], joined[k:]
        if k == cut and not capital:
            continue
        if tail in small or zipf_in(tail, lang) < COMPOUND_ZIPF:
            continue
        heads = {head} | {head[:-len(e)] for e in LINKING if head.endswith(e) and len(head) - len(e) >= COMPOUND_PART}
        if any(zipf_in(h, lang) >= COMPOUND_ZIPF - 1 for h in heads):
            return True
    return False


def hyphen_decision_in(lang: str, left: str, right: str, written: frozenset[str] = frozenset()) -> str | None:
    """:func:`hyphen_decision` for a document in ``lang`` (one of :data:`~pipeline.chardata.LATIN_LANGS`): the
    document's own spellings first, then the language's wordfreq list (:data:`FOREIGN_JOINED_ZIPF`), then, for
    German and Dutch, a closed compound (:func:`closed_compound`); two words of the language keep their hyphen unless
    joined they are a common word (English's :data:`JOINED_ZIPF`: ``gouverne-`` / ``ment``, not ``peut-`` / ``être``); a
    conjunction after the hyphen (:data:`CONJUNCTIONS`) is a suspended hyphen's, left as it is.

    >>> hyphen_decision_in("de", "Längenma", "ße"), hyphen_decision_in("de", "Doku", "mentenklasse"), hyphen_decision_in("de", "ver", "wendet")
    ('join', 'join', 'join')
    >>> hyphen_decision_in("de", "Ein", "und"), hyphen_decision_in("de", "deutsch", "französischen"), hyphen_decision_in("de", "ge", "nuzt")
    (None, 'compound', None)
    >>> hyphen_decision_in("fr", "gouverne", "ment"), hyphen_decision_in("fr", "porte", "parole"), hyphen_decision_in("fr", "peut", "être")
    ('join', 'compound', 'compound')
    """
    joined, hyphenated = (left + right).lower(), f"{left}-{right}".lower()
    if hyphenated in written:
        return "compound"
    if joined in written:
        return "join"
    if right.lower() in CONJUNCTIONS.get(lang, ()):
        return None
    both = min(zipf_in(left.lower(), lang), zipf_in(right.lower(), lang)) >= COMPOUND_ZIPF
    # Two words of the language on either side (``peut-`` / ``être``, ``porte-`` / ``parole``): joined, they must be a
    # common word (English's floor: ``gouvernement``), not a rare writing of the compound (``peutêtre``, Zipf 2.26).
    if zipf_in(joined, lang) >= (JOINED_ZIPF if both else FOREIGN_JOINED_ZIPF):
        return "join"
    if lang in COMPOUNDING and closed_compound(joined, len(left), lang, left[:1].isupper()):
        return "join"
    if both:
        return "compound"
    return None


def title_wrap_decision(left: str, right: str, lang: str, written: frozenset[str] = frozenset()) -> str:
    """``"join"`` (drop the hyphen) or ``"compound"`` (keep it, no space after it): a word of a title broken with a
    hyphen at the end of one of the title's lines (``performantieruimtemo-`` / ``dellering``), in a document in
    ``lang`` (:func:`wraps_lang`). The body's decision first (:func:`decision_for`); where it leaves the word open, a
    title has no reader to leave it to (it is one string): the fragments are one word broken where neither is a word
    of the document's language nor of English (wordfreq below :data:`LISTED_ZIPF`): a writer's compound joins words,
    a line breaker cuts a word anywhere (real-PDF trial of session 80, kdgmasterthesis' Dutch title ``Minimax
    optimisatie voor performantieruimtemo-`` / ``dellering`` had come out ``…performantieruimtemo- dellering``). Else
    the hyphen stays, the halves glued (``Mey-ers``), as the paragraph join glues them.

    >>> title_wrap_decision("performantieruimtemo", "dellering", "en"), title_wrap_decision("Ja", "pan", "en")
    ('join', 'join')
    >>> title_wrap_decision("cross", "boundary", "en"), title_wrap_decision("Mey", "ers", "en")
    ('compound', 'compound')
    """
    decision = decision_for(lang, left, right, written)
    if decision is not None:
        return decision
    langs = {EN, lang}
    if all(max(zipf_in(part.lower(), other) for other in langs) < LISTED_ZIPF for part in (left, right)):
        return "join"
    return "compound"

