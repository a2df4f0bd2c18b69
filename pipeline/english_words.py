"""English word frequencies: wordfreq's English list, the one place every stage asks how common a word is.

Clean weighs ghosts, descender residue, doubled runs and hyphenated wraps by it, segment a one-word slide
title, restore the words that fit a lost letter. The list loads on first use (about 0.2 s); wordfreq keeps
it once per process.
"""

from __future__ import annotations

import math
import re
from functools import lru_cache


@lru_cache(maxsize=65536)
def zipf(word: str) -> float:
    """How common an English word is (wordfreq's Zipf scale: 0 unknown, 3 once per million words).

    >>> zipf("harbour") > 3 > zipf("hrbour")
    True
    """
    from wordfreq import zipf_frequency

    return zipf_frequency(word, "en")


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
    data = _cased_probabilities()
    key = b'"' + form.encode("utf-8") + b'":'
    at = data.find(key)
    if at < 0:
        return None
    end = data.find(b",", at + len(key))
    return float(data[at + len(key):end if end >= 0 else None].strip(b"\n }"))


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
