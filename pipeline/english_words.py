"""English word frequencies: wordfreq's English list, the one place every stage asks how common a word is.

Clean weighs ghosts, descender residue, doubled runs and hyphenated wraps by it, segment a one-word slide
title, restore the words that fit a lost letter. The Zipf values of its words of small letters are read from the
word index file, which carries them as built at set-up (:func:`zipf`); wordfreq's list loads on first use of
anything else (about 0.2 s), once per process.
"""

from __future__ import annotations

import math
import re
import sys
from functools import lru_cache


@lru_cache(maxsize=65536)
def zipf(word: str) -> float:
    """How common an English word is (wordfreq's Zipf scale: 0 unknown, 3 once per million words):
    ``wordfreq.zipf_frequency(word, "en")``. A word of small ASCII letters is looked up in the word index file's table
    of it (:func:`packed_tables`) where that file carries one built from the installed wordfreq and the process has
    numpy loaded: importing wordfreq and reading its list took 0.3 s of every restore process that asks (issue 19
    point 5, session 80); any other word, or every word where the file holds no such table, is asked of wordfreq.

    >>> zipf("harbour") > 3 > zipf("hrbour")
    True
    >>> zipf("harbour") == zipf("Harbour"), zipf("hrbour")
    (True, 0.0)
    """
    # (only where numpy is loaded already, as in every restore process: the clean stage loads wordfreq for its other
    # languages and its capitalised words anyway, and the file's arrays would cost it numpy's import, 0.1 s more)
    packed = _packed_zipf() if "numpy" in sys.modules and word.isascii() and word.isalpha() and word.islower() \
        else None
    if packed is not None:
        words, values = packed
        key = word.encode("ascii")
        if len(key) > words.dtype.itemsize:
            # longer than every word listed (and numpy would widen the whole array to the key's width to search it:
            # a 100,000-letter line asked 27 GiB)
            return 0.0
        at = int(words.searchsorted(key))
        # a word of small letters wordfreq's list lacks is one token it lacks: Zipf 0 (wordfreq's minimum)
        return float(values[at]) if at < len(words) and words[at] == key else 0.0
    from wordfreq import zipf_frequency

    return zipf_frequency(word, "en")


PACKED_GROUP = "enfreq"
"""The name of :func:`zipf`'s table in the word index file (:func:`pipeline.restore.resources.packed_group`)."""


def packed_source() -> str:
    """What :func:`zipf`'s table is built from: the installed wordfreq (whose English list it reads and whose
    ``zipf_frequency`` gives each value). The one place for the fact: the file's builder records it, the loader
    compares it."""
    from pipeline.packed import distribution_version

    return f"wordfreq {distribution_version('wordfreq')}; zipf_frequency of the English words of small ASCII letters"


def packed_tables():
    """``(group, source, arrays)`` of :func:`zipf`'s table as the word index file carries it (built at set-up by
    :func:`pipeline.restore.resources.build_word_index`): wordfreq's English words of small ASCII letters, sorted, as
    one array of ASCII strings, and ``zipf_frequency`` of each (each such word is one token of itself: wordfreq's
    value is its list's, rounded as wordfreq rounds it)."""
    import numpy as np
    from wordfreq import get_frequency_dict, zipf_frequency

    words = sorted(w for w in get_frequency_dict("en") if w.isascii() and w.isalpha() and w.islower())
    return PACKED_GROUP, packed_source(), {
        f"{PACKED_GROUP}_words": np.array([w.encode("ascii") for w in words]),
        f"{PACKED_GROUP}_zipf": np.array([zipf_frequency(w, "en") for w in words], dtype=np.float64)}


@lru_cache(maxsize=1)
def _packed_zipf():
    """``(words, values)`` of :func:`zipf`'s table in the word index file (mapped into memory, read where a lookup
    touches them), or None where it holds none built from the installed wordfreq."""
    from pipeline.packed import packed_group

    packed = packed_group(PACKED_GROUP, packed_source())
    return None if packed is None else (packed[f"{PACKED_GROUP}_words"], packed[f"{PACKED_GROUP}_zipf"])


@lru_cache(maxsize=4)
def by_length(min_zipf: float) -> dict[int, tuple[tuple[str, float], ...]]:
    """The list's words of small ASCII letters with a Zipf frequency of at least ``min_zipf``, by length,
    commonest first: ``length → ((word, zipf rounded to 0.01), …)``.

    >>> by_length(2.0)[9][0][0]
    'something'
    """
    from wordfreq import get_frequency_dict

    found: dict[int, list[tuple[str, float]]] = {}
    for word, freq in get_frequency_dict("en").items():
        if word.isascii() and word.isalpha() and word.islower():
            z = math.log10(freq) + 9
            if z >= min_zipf:
                found.setdefault(len(word), []).append((word, round(z, 2)))
    return {n: tuple(sorted(ws, key=lambda wz: (-wz[1], wz[0]))) for n, ws in found.items()}


CONNECTIVES = ("of", "from", "and", "or", "in", "for", "the", "a", "an", "to", "on", "with", "at", "by", "versus", "vs",
               "vs.", "that", "which", "who", "using", "via", "through", "into", "towards", "toward", "under", "between",
               "among", "across", "within", "without", "against", "during")
"""Words a complete English title or heading never ends on: a line stopping on one goes on on the next line."""
_ENDS_ON_CONNECTIVE = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(w) for w in CONNECTIVES) + r")$", re.IGNORECASE)
"""A connective standing as the line's last word; the last part of a hyphenated compound is none (``Christmas Lights
Switch-On``, ``Saturday Drop-In``, ``Online Check-In``: a noun, the headline complete; issue 16 point 2, helper news66:
a council e-newsletter's first headline had been joined to its article's text and sent to front)."""


def ends_on_connective_word(text: str) -> bool:
    """The line stops on a connective word (:data:`CONNECTIVES`; a capital ``A`` ends a label: ``Vitamin A``).

    >>> ends_on_connective_word("a copy of a dissertation by"), ends_on_connective_word("Lessons:"), ends_on_connective_word("Appendix A")
    (True, False, False)
    >>> ends_on_connective_word("Christmas Lights Switch-On"), ends_on_connective_word("Saturday Drop-In"), ends_on_connective_word("came back on")
    (False, False, True)
    """
    s = text.rstrip()
    return bool(_ENDS_ON_CONNECTIVE.search(s)) and not s.endswith(("A", "An"))


def ends_on_connective(text: str) -> bool:
    """The line stops on a connective (``…Evidence from``, ``The Licensor found that``) or a colon or dash.

    >>> ends_on_connective("Evidence from"), ends_on_connective("The Licensor found that"), ends_on_connective("Data and Method")
    (True, True, False)
    >>> ends_on_connective("Lessons:"), ends_on_connective("Vitamin A")
    (True, False)
    """
    # a capital ``A`` ending a line is a letter label (``Vitamin A``, ``Appendix A``), not the article
    return text.rstrip().endswith((":", ",", "–", "—", "-")) or ends_on_connective_word(text)


# Abbreviations whose full stop is no sentence's end (Chicago Manual of Style 10.42–10.43 and the usual
# scholarly ones): a closed set of kinds, each with the evidence for what follows it.
NUMBER_LABELS = frozenset({"No", "Nos", "no", "Vol", "Vols", "vol", "p", "pp", "Fig", "Figs", "fig", "figs", "Eq",
                           "Eqs", "eq", "Sec", "Secs", "Ch", "Chap", "Tab", "Art", "Ref", "Refs", "Ex", "Nr", "Suppl"})
"""Labels a number follows (``Working Paper No. 31``, ``Vol. 3``, ``pp. 41–42``, ``Fig. 2``)."""
NAME_TITLES = frozenset({"Dr", "Mr", "Mrs", "Ms", "Mx", "Prof", "Messrs", "Cllr", "Rev", "Revd", "Hon", "Sir", "Dame",
                         "Capt", "Sgt", "Lt", "Gov", "Sen", "Rep", "Supt", "Insp", "Det", "Cmdr"})
"""Titles a name follows (``Dr. Mori``, ``Cllr. Moir``, ``Sen. Reyes``): forms of address and the abbreviated ranks and
offices the style guides list before a name (Oxford's and AP's; fresh-user trial 60: ``Cllr. J\ufffdnes`` had been filled
``Jones``)."""
NAME_POSTS = frozenset({"mayor", "councillor", "councilor", "alderman", "senator", "governor", "chair", "chairman",
                        "chairwoman", "chairperson", "commissioner", "superintendent", "inspector", "judge", "ambassador",
                        "minister",
                        # the clergy's and the services' styles, which English writes before a holder's name as it
                        # does an office (``The Reverend James Okonkwo``, ``Canon Hughes``, ``Sergeant Patel``:
                        # fresh-user trial 73d committed the given name's lost letter after ``Reverend``)
                        "reverend", "revd", "rev", "canon", "bishop", "archdeacon", "vicar", "rector", "pastor", "rabbi",
                        "imam", "father", "captain", "sergeant", "constable"})
"""Posts written out that a person's name follows directly (``Mayor Lee``, ``the board chair Nair``, ``Councillor
Jones``): civic and public offices, which English writes before a holder's name; not ``Professor``, ``Director`` or
``President``, which head as many things that are no names (``Assistant Professor Search``, ``Director General``)."""
NEVER_FINAL = frozenset({"e.g", "i.e", "cf", "vs", "viz", "approx", "resp", "esp", "incl", "ca"})
"""Abbreviations a sentence goes on after, whatever follows (``e.g. a bucket``)."""
FINAL_OR_NOT = frozenset({"et al", "al", "etc"})
"""Abbreviations that may end a sentence, and end none when the text goes on in lower case or a bracket
(``Lind et al. (2019)``, ``Smith et al. found``)."""
_ABBREVIATION_AT_END = re.compile(r"(?<![A-Za-z.])(et al|[A-Za-z]+(?:\.[A-Za-z]+)*)\s*[.．]$")
_NUMBER_FOLLOWS = re.compile(r"[\s(\[#]*(?:[0-9０-９]|[IVXLC]+\b)")


def abbreviation_goes_on(before: str, after: str | None = None) -> bool:
    """``before`` ends in an abbreviation's full stop, not a sentence's, with ``after`` (the text that follows,
    when known) going on with what the abbreviation takes: a number after a label (``Working Paper No.`` /
    ``31``), a name after a title (``Dr.`` / ``Mori``), anything after ``e.g.``, and lower case or a bracket
    after ``et al.`` or ``etc.``.

    >>> abbreviation_goes_on("published as Working Paper No.", "31 of the series"), abbreviation_goes_on("Our thanks go to Dr.", "Mori")
    (True, True)
    >>> abbreviation_goes_on("three predictors, e.g."), abbreviation_goes_on("described by Lind et al.", "(2019) and")
    (True, True)
    >>> abbreviation_goes_on("as in Lind et al.", "The next"), abbreviation_goes_on("the answer was No.", "We then"), abbreviation_goes_on("in Vol.")
    (False, False, False)
    >>> abbreviation_goes_on("詳しくはNo．", "31を参照．"), abbreviation_goes_on("It rained.", "2 days later")
    (True, False)
    """
    m = _ABBREVIATION_AT_END.search(before.rstrip())
    if m is None:
        return False
    word = m.group(1)
    if word in NEVER_FINAL or word.lower() in NEVER_FINAL:
        return True
    nxt = (after or "").lstrip()
    if word in NAME_TITLES:
        return after is None or nxt[:1].isupper()
    if after is None:
        return False
    if word in NUMBER_LABELS:
        return _NUMBER_FOLLOWS.match(nxt) is not None
    if word in FINAL_OR_NOT:  # a number after ``etc.`` opens the next item or note (``… etc.`` / ``3） Such…``)
        return nxt[:1].islower() or nxt[:1] in "([,;"
    return False


@lru_cache(maxsize=1)
def _cased_probabilities() -> bytes:
    """spaCy's English lexeme probabilities as ``spacy-lookups-data`` ships them (``en_lexeme_prob``: one log
    probability per word as written, capitals kept, ``"Boston":-11.07``), the JSON text kept undecoded: read once per
    process (about 0.15 s, 30 MB) and searched per word, since decoding its million entries takes 1.3 s and 240 MB."""
    import gzip
    from importlib import resources

    from pipeline.errors import PipelineError

    try:
        with gzip.open(resources.files("spacy_lookups_data").joinpath("data", "en_lexeme_prob.json.gz").open("rb")) as f:
            return f.read()
    except (ModuleNotFoundError, OSError) as exc:
        raise PipelineError("spaCy's English lexeme table", f"cannot be loaded ({exc})",
                            "pip install spacy-lookups-data (a dependency of this package)") from exc


@lru_cache(maxsize=4096)
def _cased_probability(form: str) -> float | None:
    """The probability the lexeme table gives ``form`` as written (its first entry ``"form":``), None where it lists
    none. A form of :data:`PACKED_CASED_LETTERS` ASCII letters or fewer is looked up in the word index file's table of
    them (:func:`cased_packed_tables`) where it carries one built from the installed table: decompressing the table
    took 0.13 s of a process, and each form it lacks a scan of its 30 MB (issue 19 point 5, session 80)."""
    packed = _packed_cased() if len(form) <= PACKED_CASED_LETTERS and _LETTERS.fullmatch(form) else None
    if packed is not None:
        forms, values = packed
        key = form.encode("ascii")
        at = int(forms.searchsorted(key))
        return float(values[at]) if at < len(forms) and forms[at] == key else None
    data = _cased_probabilities()
    key = b'"' + form.encode("utf-8") + b'":'
    at = data.find(key)
    return None if at < 0 else _value_after(data, at + len(key))


def _value_after(data: bytes, start: int) -> float:
    """The number of the lexeme table's entry whose key ends at ``start`` (after its colon)."""
    end = data.find(b",", start)
    return float(data[start:end if end >= 0 else None].strip(b"\n }"))


PACKED_CASED_LETTERS = 24
"""The longest form of the lexeme table the word index file carries (longer ones, a few hundred of 629,000, are
searched in the table itself)."""
_LETTERS = re.compile("[A-Za-z]+")
CASED_GROUP = "encased"
"""The name of :func:`_cased_probability`'s table in the word index file."""


def cased_packed_source() -> str:
    """What :func:`_cased_probability`'s table is built from: the installed spacy-lookups-data and
    :data:`PACKED_CASED_LETTERS`. The one place for the fact: the file's builder records it, the loader compares it."""
    from pipeline.packed import distribution_version

    return f"spacy-lookups-data {distribution_version('spacy_lookups_data')}; en_lexeme_prob, ASCII letters, " \
           f"up to {PACKED_CASED_LETTERS}"


def cased_packed_tables():
    """``(group, source, arrays)`` of :func:`_cased_probability`'s table as the word index file carries it: every form
    of ASCII letters (up to :data:`PACKED_CASED_LETTERS`) that stands as ``"form":`` in the lexeme table's text, sorted,
    with the number of its first such entry, read as :func:`_cased_probability` reads it there (so a form the table
    lacks is lacking in both, and an escaped quote's key, ``"\\"form":``, counts as it counts in the text)."""
    import numpy as np

    data = _cased_probabilities()
    first: dict[bytes, float] = {}
    # a key of letters cannot overlap another: every occurrence of ``"form":`` is one match, left to right
    for m in re.finditer(rb'"([A-Za-z]{1,%d})":' % PACKED_CASED_LETTERS, data):
        if m.group(1) not in first:
            first[m.group(1)] = _value_after(data, m.end())
    forms = sorted(first)
    return CASED_GROUP, cased_packed_source(), {f"{CASED_GROUP}_forms": np.array(forms),
                                                f"{CASED_GROUP}_values": np.array([first[f] for f in forms], dtype=np.float64)}


@lru_cache(maxsize=1)
def _packed_cased():
    """``(forms, values)`` of :func:`_cased_probability`'s table in the word index file, or None where it holds none
    built from the installed lexeme table."""
    from pipeline.packed import packed_group

    packed = packed_group(CASED_GROUP, cased_packed_source())
    return None if packed is None else (packed[f"{CASED_GROUP}_forms"], packed[f"{CASED_GROUP}_values"])


CAPITALISED_MARGIN = 1.0
"""How much more often (natural log: e¹ ≈ 2.7 times) English writes a word with a capital than in small letters for it
to be a name (``Boston`` +2.4, ``Denver`` +2.8, ``Ontario`` +2.6, ``Riverside`` +1.2); a common word is written in small
letters more often (``overview`` −2.5, ``highlights`` −2.5, ``update`` −2.3, ``bay`` +0.3, ``buffalo`` +0.6)."""


def capitalised_lean(word: str) -> float | None:
    """How much more often English writes ``word`` with a capital than in small letters: the natural log of the ratio
    of the probabilities of its capitalised and small-letter forms in spaCy's English lexeme table (``Boston`` 2.4,
    ``highlights`` −2.5); ``None`` when the table lists neither form. A form the table does not list counts as rarer
    than the rarest it lists (−20). Why (helper news59, issue 16 point 3): a name (a city's) is told from a common
    word (a section label's, ``HIGHLIGHTS``) by how English writes it, with no gazetteer.

    >>> capitalised_lean("BOSTON") > CAPITALISED_MARGIN > 0 > capitalised_lean("Highlights")
    True
    >>> capitalised_lean("zzqxv") is None
    True
    """
    w = word.lower()
    if not w.isascii():
        return None
    small, capital = _cased_probability(w), _cased_probability(w[:1].upper() + w[1:])
    if small is None and capital is None:
        return None
    return (capital if capital is not None else -20.0) - (small if small is not None else -20.0)
