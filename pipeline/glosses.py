"""The Japanese–English dictionary, matched on English lemmas: one place for restore and for slide linking.

A talk's English slides translate its Japanese paper, so a word lost in one
language is often standing in the other (``理科実\ufffd`` beside the slide
*Science Experiments*). Crossing that border needs two facts:

* which English words a Japanese word translates to: EDICT's glosses
  (© EDRDG, CC BY-SA 4.0), packaged as ``pipeline/data/ja_en_glosses.tsv`` by
  ``bench/build_glosses.py``, each gloss word stored as its English lemma;
* the lemmas of an English word as it stands (*Experiments* → ``experiment``,
  *Changes* → ``change``, *developed* → ``develop``): spaCy's rule lemmatiser's
  steps over the English tables of ``spacy-lookups-data`` (read without
  importing spaCy), tried as a noun, a verb and an adjective (a slide line has
  no reliable part of speech), keeping only the forms its tables list as lemmas.

Segment reads the same table to find a city's English name where the reading
does not give it (``済州`` → ``jeju``). Both sides go through :func:`lemmas`, so a match never depends on how a gloss
or a slide happened to inflect the word.
"""

from __future__ import annotations

import functools
import re
import sys
from collections.abc import Mapping
from importlib import resources as importlib_resources

from pipeline.chardata import HALFWIDTH_LATIN

GLOSS_FILE = "ja_en_glosses.tsv"
POS = ("noun", "verb", "adj")
STOPWORDS = frozenset("""a an the of to in on for and or with by as at from be is are was were been being it its this
that these those one ones something someone some any other etc esp into out up down off over under about such not no
very much more most less least own same than then so do does did done make made get got have has had way thing things
person people used use using kind sort type form sense also our their your his her they we you he she them us
""".split())
"""English function words and the filler of dictionary glosses (*to*, *something*, *kind of*): they translate nothing."""
WORD = re.compile(r"[A-Za-z]{3,}")
"""An English word as the glosses are compared: a run of three letters or more (shorter ones translate nothing)."""


_TABLES = ("lemma_index", "lemma_exc", "lemma_rules")


@functools.cache
def _tables() -> dict[str, dict]:
    """spaCy's English lemma tables as ``spacy-lookups-data`` ships them (``en_lemma_index``, ``en_lemma_exc``,
    ``en_lemma_rules``: WordNet 3.0's index and exceptions and spaCy's suffix rules), read once per process from the
    package's gzipped JSON (about 0.05 s), without importing spaCy (about 0.8 s), so that segment, which asks
    whether a word is English, does not load it.

    Raises a :class:`pipeline.errors.PipelineError` naming the remedy when the tables are not installed.
    """
    import gzip
    import json

    from pipeline.errors import PipelineError

    try:
        root = importlib_resources.files("spacy_lookups_data") / "data"
        out = {}
        for name in _TABLES:
            with gzip.open(root.joinpath(f"en_{name}.json.gz").open("rb"), "rt", encoding="utf-8") as f:
                out[name] = json.load(f)
    except (ModuleNotFoundError, OSError, ValueError) as exc:
        raise PipelineError("spaCy's English lemma tables", f"cannot be loaded ({exc})",
                            "pip install spacy-lookups-data (a dependency of this package)") from exc
    return out


@functools.cache
def lemma_index() -> dict[str, frozenset[str]]:
    """The lemmas the tables list, by part of speech (``noun``, ``verb``, ``adj``: :data:`POS`)."""
    index = _tables()["lemma_index"]
    return {pos: frozenset(index.get(pos, ())) for pos in POS}


def _rule_lemmas(word: str, pos: str) -> list[str]:
    """The lemmas of a lower-case word as the part of speech ``pos``, as spaCy's rule lemmatiser gives them
    (``spacy.pipeline.Lemmatizer.rule_lemmatize``, spaCy 3, mode ``rule``, whose steps this follows one by one:
    suffix rules whose result the index lists come first, exceptions before them, a result the index does not list
    only when nothing else is found, the word itself last).

    >>> _rule_lemmas("cities", "noun"), _rule_lemmas("went", "verb"), _rule_lemmas("minamisoma", "noun")
    (['city'], ['go'], ['minamisoma'])
    """
    tables = _tables()
    index = lemma_index()[pos]
    exceptions = tables["lemma_exc"].get(pos, {})
    forms: list[str] = []
    oov_forms: list[str] = []
    for old, new in tables["lemma_rules"].get(pos, ()):
        if word.endswith(old):
            form = word[: len(word) - len(old)] + new
            if not form:
                continue
            if form in index:
                forms.insert(0, form)
            elif not form.isalpha():
                forms.append(form)
            else:
                oov_forms.append(form)
    forms = list(dict.fromkeys(forms))
    for form in exceptions.get(word, ()):
        if form not in forms:
            forms.insert(0, form)
    return forms or oov_forms or [word]


def inflected_verb(word: str) -> bool:
    """The lower-case word is an inflected form of a verb WordNet lists (``opens``, ``launches``, ``approved``,
    ``held``): spaCy's rules give it a verb lemma other than itself that the index lists. A headline's verb
    (segment's ``organisations._verb_s``, ``_verb_past``) is read so.

    >>> inflected_verb("launches"), inflected_verb("approved"), inflected_verb("held"), inflected_verb("open"), inflected_verb("kansas")
    (True, True, True, False, False)
    """
    index = lemma_index()["verb"]
    return any(f != word and f in index for f in _rule_lemmas(word, "verb"))


@functools.lru_cache(maxsize=1 << 16)
def lemmas(word: str) -> frozenset[str]:
    """The word in lower case and every lemma spaCy's rules give it as a noun, verb or adjective.

    >>> sorted(lemmas("Experiments")), sorted(lemmas("developed")), sorted(lemmas("cities"))
    (['experiment', 'experiments'], ['develop', 'developed'], ['cities', 'city'])

    A verb's own dictionary form takes no other verb's lemma from the suffix rules, only from the exceptions:

    >>> sorted(lemmas("seed")), sorted(lemmas("weed")), sorted(lemmas("agreed")), "find" in lemmas("found")
    (['seed'], ['weed'], ['agree', 'agreed'], True)
    """
    index = lemma_index()
    w = word.lower()
    out = {w}
    for pos in POS:
        forms = _rule_lemmas(w, pos)
        if pos == "verb" and w in index[pos]:
            # a verb's own dictionary form is another verb's inflection only where the exceptions say so (``found``:
            # *find*'s past): the suffix rules would read *seed* as the past of *see* and *weed* of *wee*, and the
            # gloss table then said 蒔く ("to seed") translates *see* (fresh-user trial 83c: a wrong commit)
            forms = [f for f in forms if f in _tables()["lemma_exc"].get(pos, {}).get(w, ())]
        out.update(f for f in forms if f in index[pos])
    return frozenset(out)


def listed(word: str) -> bool:
    """Whether the tables (WordNet 3.0's index, as ``spacy-lookups-data`` ships it) list the word, or a
    lemma of it, as an English word; hyphenated compounds are listed as written (``well-being``,
    ``co-ordinated``, ``e-mail``), a word broken across a line is not (``ex-change``, ``Ja-pan``).

    >>> listed("well-being"), listed("co-workers"), listed("ex-change"), listed("harbour")
    (True, True, False, True)
    """
    index = lemma_index()
    return any(form in index[pos] for form in lemmas(word) for pos in POS)


def unlisted_words(text: str) -> tuple[list[str], list[str]]:
    """The words of an English text (two letters or more; initials and ``and`` aside) and those of them that
    WordNet lists neither as written nor by a lemma (:func:`listed`): a name's words (``Towa``, ``Emily``), where
    a phrase of English words has none.

    >>> unlisted_words("Emily R. Carter and Kenji Mori"), unlisted_words("Small Repairs, Long Lives")[1]
    ((['Emily', 'Carter', 'Kenji', 'Mori'], ['Emily', 'Kenji', 'Mori']), [])

    A word keeps its accented letters (trial 44: ``Éamon Ó Cuív`` had been read as the words ``amon`` and ``Cu``,
    which WordNet lists, and was no name), and is looked up as written (``Müller``, ``Rëspondent`` are no English
    words, though ``muller`` and ``respondent`` are):

    >>> unlisted_words("Éamon Ó Cuív")[1], unlisted_words("Jonas Müller")[1]
    (['Éamon', 'Cuív'], ['Jonas', 'Müller'])
    """
    words = [w for w in re.findall(f"[{HALFWIDTH_LATIN}]+", text) if len(w) > 1 and w.lower() != "and"]
    return words, [w for w in words if not listed(w.lower())]


def base_form(word: str) -> str:
    """The one lemma a gloss word is stored as: itself when the tables list it as a lemma, else its
    lemma as a noun, a verb or an adjective, in that order.

    >>> base_form("results"), base_form("cities"), base_form("news"), base_form("cross")
    ('result', 'city', 'news', 'cross')
    """
    index = lemma_index()
    w = word.lower()
    if any(w in index[pos] for pos in POS):
        return w
    for pos in POS:
        found = [f for f in _rule_lemmas(w, pos) if f in index[pos]]
        if found:
            return found[0]
    return w


NOMINALISING = (("ate", "ation", 3), ("ize", "ization", 3), ("ise", "isation", 3), ("ify", "ification", 2),
                ("duce", "duction", 1), ("ceive", "ception", 1), ("scribe", "scription", 1), ("olve", "olution", 1),
                ("ply", "plication", 1), ("tain", "tenance", 2), ("de", "sion", 3), ("nd", "nsion", 3),
                ("ct", "ction", 2), ("pt", "ption", 2), ("ss", "ssion", 2), ("rt", "rtion", 3), ("st", "stion", 4),
                ("ute", "ution", 3), ("e", "ation", 3), ("", "ation", 3), ("", "ment", 3), ("e", "al", 3),
                ("ew", "ewal", 2), ("aw", "awal", 4), ("y", "ial", 2), ("", "ance", 3), ("e", "ance", 3),
                ("", "ence", 3), ("e", "ence", 3), ("", "ure", 3), ("", "ing", 3), ("e", "ing", 3))
"""The regular endings that make the noun of a verb's action (*agree* → *agreement*, *incinerate* → *incineration*,
*decide* → *decision*, *approve* → *approval*, *train* → *training*): (the verb's ending, the noun's, the letters of
the verb that must stay before its ending: *state* is no *st*-*ation*, *rate* no *r*-*ation*). Only nouns WordNet lists
are kept (:func:`action_nouns`); an ending that drifts from the act to a thing (*mill* → *million*, *commit* →
*commission*, *state* → *stature*, *please* → *pleasure*) is not here, nor one whose short stems drift (*port* →
*portion*, *quest* → *question*)."""


@functools.lru_cache(maxsize=1 << 14)
def action_nouns(lemma: str) -> frozenset[str]:
    """The nouns of the act a verb names (:data:`NOMINALISING`, a doubled final consonant before *-ing* and *-ence*
    as English spells it), those WordNet's index lists as nouns; none for a word the index lists as no verb.

    Why (issue 19, trials 52b and 52c): EDICT glosses a Japanese verbal noun (サ変, 合意する, 焼却する) by the noun of
    its act (*agreement*, *incineration*), and a slide says it with the verb (*Agreed on shared shelters*, *waste
    incinerated*): matched lemma to lemma, neither proposed 意 nor 焼. Used only between an English verb and a
    Japanese verbal noun (:func:`pipeline.restore.evidence.translation.verbal_noun`).

    >>> sorted(action_nouns("agree")), sorted(action_nouns("incinerate")), sorted(action_nouns("decide"))
    (['agreement'], ['incineration'], ['deciding', 'decision'])
    >>> sorted(action_nouns("plan")), action_nouns("state") >= {"station"}, action_nouns("city")
    (['planation', 'planning'], False, frozenset())
    """
    index = lemma_index()
    if lemma not in index["verb"]:
        return frozenset()
    out = set()
    for old, new, stays in NOMINALISING:
        if lemma.endswith(old) and len(lemma) - len(old) >= stays:
            out.add(lemma[: len(lemma) - len(old)] + new)
    vowels = "aeiou"
    if len(lemma) >= 3 and lemma[-1] not in vowels + "wxy" and lemma[-2] in vowels and lemma[-3] not in vowels:
        out |= {lemma + lemma[-1] + "ing", lemma + lemma[-1] + "ence"}  # *planning*, *occurrence*
    return frozenset(n for n in out if n in index["noun"] and n != lemma)


@functools.lru_cache(maxsize=1 << 14)
def acting_verbs(noun: str) -> frozenset[str]:
    """The verbs whose act ``noun`` names (:func:`action_nouns` read backwards: *incineration* → *incinerate*,
    *agreement* → *agree*, *decision* → *decide*, *planning* → *plan*); none for a noun no regular ending makes.

    Why (issue 19 point 2, the other direction): an English gap beside a Japanese verbal noun (焼却, glossed
    *incineration*) is often in the verb (*waste incin\ufffdrated*), which no gloss of the noun spells.

    >>> sorted(acting_verbs("incineration")), sorted(acting_verbs("agreement")), sorted(acting_verbs("decision"))
    (['incinerate'], ['agree'], ['decide'])
    >>> sorted(acting_verbs("planning")), acting_verbs("station"), acting_verbs("city")
    (['plan'], frozenset(), frozenset())
    """
    verbs = set()
    for old, new, _ in NOMINALISING:
        if noun.endswith(new) and len(noun) > len(new):
            verbs.add(noun[: len(noun) - len(new)] + old)
    for ending in ("ing", "ence"):  # *planning*, *occurrence*: the doubled consonant undone
        stem = noun[: -len(ending)]
        if noun.endswith(ending) and len(stem) >= 4 and stem[-1] == stem[-2]:
            verbs.add(stem[:-1])
    return frozenset(v for v in verbs if noun in action_nouns(v))


def read_as_noun(word: str) -> bool:
    """The word as written reads as a noun: WordNet lists it, or its lemma as a noun, as a noun (*Port*, *Ports*,
    *Plan*, *Reduction*); not a form only a verb or an adjective takes (*Agreed*, *incinerated*, *Reduce*, *met*).

    >>> read_as_noun("Ports"), read_as_noun("School"), read_as_noun("Agreed"), read_as_noun("met")
    (True, True, False, False)
    """
    index = lemma_index()["noun"]
    return any(form in index for form in _rule_lemmas(word.lower(), "noun"))


def english_terms(text: str) -> list[tuple[str, frozenset[str]]]:
    """The content words of an English text (three letters or more, hyphenated parts apart) with their lemmas.

    >>> [(w, sorted(l)) for w, l in english_terms("Cross-border Budgets of the city")]
    [('Cross', ['cross']), ('border', ['border']), ('Budgets', ['budget', 'budgets']), ('city', ['city'])]
    """
    return [(m.group(0), lemmas(m.group(0))) for m in WORD.finditer(text) if m.group(0).lower() not in STOPWORDS]


@functools.lru_cache(maxsize=1)
def table() -> Mapping[str, tuple[str, ...]]:
    """Japanese word → its English gloss words (lemmas), in EDICT's order; empty when the data file was not built.

    Read from the word index file, which carries it as built at set-up (:func:`packed_tables`), in a process that
    has loaded restore's resources (numpy among them); from the data file where the index file holds no table of
    this data file, or in a process that has not (segment's, which asks whether a line glosses a title: loading
    them would cost more than the tenth of a second the packed table saves).
    """
    path = importlib_resources.files("pipeline").joinpath("data", GLOSS_FILE)
    if not path.is_file():
        return {}
    packed = _packed() if "pipeline.restore.resources" in sys.modules else None
    if packed is not None:
        return _unpack(packed, "table")
    return _read_table()


def _read_table() -> dict[str, tuple[str, ...]]:
    """:func:`table` read from the data file itself."""
    path = importlib_resources.files("pipeline").joinpath("data", GLOSS_FILE)
    out: dict[str, tuple[str, ...]] = {}
    for row in path.read_text(encoding="utf-8").split("\n"):
        word, tab, english = row.partition("\t")
        if tab and not word.startswith("#"):
            out[word] = tuple(english.split())
    return out


def english_words(word: str) -> tuple[str, ...]:
    """The English words EDICT glosses ``word`` with (lower case), ``()`` when it has none.

    >>> "jeju" in english_words("済州"), english_words("ない語句xyz")
    (True, ())
    """
    return table().get(word, ())


@functools.cache
def glossing() -> dict[str, tuple[str, ...]]:
    """English gloss word → every Japanese word EDICT glosses with it, in the table's order (no frequencies read: a
    look-up for segment, which asks whether an English word is a name of its own or a common word).

    >>> glossing()["jeju"], len(glossing()["harbour"]) > 10
    (('済州',), True)
    """
    index: dict[str, list[str]] = {}
    for word, words in table().items():
        for w in words:
            index.setdefault(w, []).append(word)
    return {k: tuple(v) for k, v in index.items()}


@functools.cache
def glosses() -> Mapping[str, frozenset[str]]:
    """Japanese word → the set of its gloss lemmas (for intersecting with an English word's lemmas); each set made
    the first time it is asked for where the word index file carries the table (see :func:`table`)."""
    words = table()
    if hasattr(words, "made_by"):
        return words.made_by(frozenset)
    return {word: frozenset(words) for word, words in words.items()}


@functools.cache
def by_lemma() -> Mapping[str, tuple[str, ...]]:
    """English lemma → the Japanese words glossed by it, commonest first (the packaged word frequencies).

    Read from the word index file, which carries it as built at set-up (:func:`packed_tables`: building it took
    0.4 s of each process whose document has English, issue 19 point 5), or built here where that file holds no
    table of these data files.
    """
    packed = _packed()
    if packed is not None:
        return _unpack(packed, "by_lemma")
    return _build_by_lemma()


def _build_by_lemma() -> dict[str, tuple[str, ...]]:
    """:func:`by_lemma` built from the glosses and the word frequencies."""
    from pipeline.restore import resources

    zipf = resources.word_zipf()
    index: dict[str, list[str]] = {}
    for word, words in glosses().items():
        for w in words:
            index.setdefault(w, []).append(word)
    return {k: tuple(sorted(v, key=lambda x: (-zipf.get(x, 0.0), x))) for k, v in index.items()}


PACKED_GROUP = "glosses"
"""The name of the gloss tables' group in the word index file (:func:`pipeline.restore.resources.packed_group`)."""


def packed_source() -> str:
    """What :func:`table` and :func:`by_lemma` are built from: the glosses' data file and the word frequencies
    (which order :func:`by_lemma`'s words). The one place for the fact: the word index file's builder records it,
    the loader compares it."""
    from pipeline.restore import resources

    return f"{resources.file_source(GLOSS_FILE)}; {resources.file_source(resources.WORD_FREQ_FILE)}"


@functools.cache
def _packed():
    """The gloss tables' arrays in the word index file, or None (no such file, or built from other data files)."""
    if not importlib_resources.files("pipeline").joinpath("data", GLOSS_FILE).is_file():
        return None
    from pipeline.restore import resources

    return resources.packed_group(PACKED_GROUP, packed_source())


def _unpack(packed, name: str) -> Mapping[str, tuple[str, ...]]:
    from pipeline.restore import resources

    return resources.PackedLists(packed, f"{PACKED_GROUP}_{name}")


def packed_tables():
    """``(group, source, arrays)`` of :func:`table` and :func:`by_lemma` as the word index file carries them
    (built at set-up by :func:`pipeline.restore.resources.build_word_index`); no arrays without the glosses' file."""
    if not importlib_resources.files("pipeline").joinpath("data", GLOSS_FILE).is_file():
        return PACKED_GROUP, "", None
    from pipeline.restore import resources

    tables = {**resources.pack_lists(f"{PACKED_GROUP}_table", _read_table()),
              # in the lemmas' order: a run-time build's follows the hash order of the glosses' sets (lookups only)
              **resources.pack_lists(f"{PACKED_GROUP}_by_lemma", dict(sorted(_build_by_lemma().items())))}
    return PACKED_GROUP, packed_source(), tables


def translates(japanese: str, english: frozenset[str]) -> frozenset[str]:
    """The lemmas among ``english`` that the Japanese word's glosses name.

    >>> sorted(translates("予算", lemmas("Budgets")))
    ['budget']
    """
    return glosses().get(japanese, frozenset()) & english


CONTENT_POS = frozenset({"名詞", "動詞", "形容詞", "形状詞", "副詞"})
"""Sudachi's parts of speech (its first level) whose words a gloss is looked up for: nouns, verbs, adjectives,
adjectival nouns, adverbs; particles and auxiliaries translate nothing."""


def glossed_terms(japanese: str, english: str) -> tuple[int, int]:
    """How many of the English text's content words (:func:`english_terms`) are glosses of the Japanese text's content
    words (Sudachi's mode B words, :data:`CONTENT_POS`, by dictionary form and surface; a word EDICT does not list
    by its mode A parts), and how many content words
    the English has: ``(met, terms)``. The one measure of "the English says what the Japanese says" (a title's
    translation in segment, a bilingual line's halves in clean).

    >>> glossed_terms("学校給食への米粉パン導入", "Rice-Flour Bread in School Lunches")[0] >= 3
    True
    >>> glossed_terms("学生交流", "Student Exchange"), glossed_terms("渡航費の高騰", "Rising travel costs")
    ((2, 2), (3, 3))
    >>> glossed_terms("験潮場", "Harbour Office of Kure")[0]
    0
    """
    from pipeline.sudachi import tokenizer

    terms = [lemmas for _, lemmas in english_terms(english)]
    if not terms:
        return 0, 0
    table = glosses()
    said: set[str] = set()
    for m in tokenizer("B").tokenize(japanese):
        if m.part_of_speech()[0] not in CONTENT_POS:
            continue
        found = table.get(m.dictionary_form(), frozenset()) | table.get(m.surface(), frozenset())
        if not found:
            # a compound EDICT does not list is glossed by its short units (``渡航費``: ``渡航`` *travel*, ``費``
            # *cost*; fresh-user trial 60's ``渡航費の高騰 Rising travel costs``)
            from sudachipy import SplitMode

            found = frozenset().union(*(table.get(part.dictionary_form(), frozenset()) | table.get(part.surface(), frozenset())
                                        for part in m.split(SplitMode.A)))
        said |= found
    return sum(1 for lemmas in terms if lemmas & said), len(terms)


def title_words_said(japanese: str, english: str) -> tuple[list[str], int]:
    """The content words of an English title (:func:`english_terms`) that say a word of the Japanese title, and how
    many content words the English has: ``(said, terms)``. A word says one where EDICT glosses a content word of the
    Japanese with it (as :func:`glossed_terms` reads them, and also by Sudachi's normalised form, ふもと as 麓
    *foot*; a word whose glosses, and its short units', name no word of the title by its kanji's glosses too,
    村づくり, glossed as 村作り *rural community development*: 村 *village*), an
    English verb by its act's noun (*Preserving*: 保全 *preservation*, :func:`action_nouns`), or where it spells a
    Japanese word's reading romanised (long vowels folded or not, the passport's spellings,
    :func:`pipeline.kana.passport_spellings`; a name of several words read joined: 里山 *Satoyama*, 白神 *Shirakami*,
    萩往還 *Hagi Okan*), which a title's proper names and Japanese terms are written as. Wider than
    :func:`glossed_terms` (which stays the measure of a line set right beside its translation): asked only of a deck's
    cover apart from the Japanese title (:func:`pipeline.segment.cover.cover_title_translated`).

    Why (issue 16 point 2, helper title70, fresh-user trial 69c): a proceedings talk whose English title stands only
    on its deck's cover was matched to its Japanese title by EDICT's glosses alone, which miss a place's name and a
    term kept in Japanese (``Tourism along the Hagi Okan Road`` for 萩往還の歴史を生かした観光振興: *tourism* only).

    >>> title_words_said("萩往還の歴史を生かした観光振興", "Tourism along the Hagi Okan Road")
    (['Tourism', 'Hagi', 'Okan'], 5)
    >>> title_words_said("用水と町家を生かしたまちなみ保全", "Preserving Townscapes with Canals and Machiya")
    (['Preserving', 'Machiya'], 4)
    >>> title_words_said("神戸と海", "Kobe and the Sea"), title_words_said("港湾物流の効率化", "Kobe and the Sea")
    ((['Kobe', 'Sea'], 2), ([], 2))
    """
    from sudachipy import SplitMode

    from pipeline.kana import hepburn, passport_spellings, plain_spellings, unaccented
    from pipeline.sudachi import tokenizer

    plain = unaccented(english)  # ``Ōita``: a macron is no letter of the spelling
    terms = english_terms(plain)
    if not terms:
        return [], 0
    table = glosses()
    # the lemmas a Japanese word's glosses must name to say a word of the title (its verbs by their acts' nouns too)
    wanted = frozenset().union(*(lemma_set | frozenset().union(*(action_nouns(lemma) for lemma in lemma_set))
                                 for _, lemma_set in terms))
    said: set[str] = set()
    spelled: set[str] = set()
    for m in tokenizer("B").tokenize(japanese):
        if m.part_of_speech()[0] not in CONTENT_POS:
            continue
        units = [m] + [u for u in m.split(SplitMode.A)]
        found: set[str] = set()
        for u in units:
            for form in (u.dictionary_form(), u.surface(), u.normalized_form()):
                found |= table.get(form, frozenset())
            reading = u.reading_form()
            if reading and reading != u.surface():
                spelled.update(passport_spellings(plain_spellings(hepburn(reading))))
        if not found & wanted:
            # a word EDICT does not list, nor its short units (``村づくり``), or one whose glosses say no word of the
            # title (``村づくり`` read as 村作り, *rural community development*, once the gloss table listed the
            # compounds the frequency list counts under their parts, session 82): its kanji's own glosses (村 *village*)
            found |= set().union(*(table.get(c, frozenset()) for c in m.surface() if "\u4e00" <= c <= "\u9fff"))
        said |= found
    words = [(m.group(0), m.start(), m.end()) for m in re.finditer(r"[A-Za-z]+", plain)]
    spoken: set[int] = set()  # where a word (or a run of capitalised words joined) spells a reading
    for i in range(len(words)):
        for j in range(i, min(i + 3, len(words))):
            run = words[i:j + 1]
            if any(not w[0][0].isupper() for w in run):
                break
            if "".join(w[0] for w in run).lower() in spelled:
                spoken.update(range(run[0][1], run[-1][2]))
    out = []
    at = 0
    for word, lemma_set in terms:
        at = plain.find(word, at)  # english_terms reads the same text in order: its words are found in turn
        # a verb says its act's noun (*Preserving*: 保全, glossed *preservation*; :func:`action_nouns`)
        acts = frozenset().union(*(action_nouns(lemma) for lemma in lemma_set))
        if (lemma_set | acts) & said or at in spoken:
            out.append(word)
        at += len(word)
    return out, len(terms)
