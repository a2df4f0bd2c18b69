"""Session 64, issue 19 point 5: the restore stage's speed without a change of output.

Each test pins down one piece of work that is no longer done (and, where it matters, that the answer is the one the
full work gives): the translation's support passes a token that glosses none of the English lemmas without working
out what the fill adds to it, the packed gloss table answers ``get`` and ``keys`` without going through
``__getitem__``, and a lexicon fit its sides do not change is kept as it is.
"""

from __future__ import annotations

import pytest

from pipeline.restore import resources
from pipeline.restore.evidence import lexicon, translation
from pipeline.restore.evidence.base import Line, Site


def _support_as_before(readings, fills, left, right, by_english, beside, words_beside):
    """The support as it read every token (session 63's code), the reference the quicker one must equal."""
    english = set(by_english)
    found = {}
    for fill in fills:
        if not translation.JA_LETTER_RE.search(fill):
            continue
        for token in translation._glossed(readings, left, fill, right):
            hit = translation.fill_glosses(token, fill, beside, words_beside) & english
            if hit:
                own = {lemma for lemma in hit if not translation.intact_says(token, fill, lemma)}
                first = min(own or hit, key=lambda lemma: (lemma.startswith(translation.ACTION_MARK), lemma))
                word, _, ln = by_english[first]
                found[fill] = (token, word, first, ln, "")
                break
    return found


CASES = [
    # (text, gap start, English line, its words' lemmas): the gap's word glossed by the line, and rival fills
    ("世界\ufffd産を目当てに訪れる観光客", 2, "World Heritage Sites", {"World": {"world"}, "Heritage": {"heritage"}}),
    ("理科実\ufffdの授業", 3, "Science experiments in class", {"experiments": {"experiment"}, "class": {"class"}}),
    ("両市は合\ufffdした", 4, "The cities agreed", {"agreed": {"agree", translation.ACTION_MARK + "agreement"}}),
    ("港\ufffdの整備が進む", 1, "Harbour works go on", {"Harbour": {"harbour", "harbor"}, "works": {"work"}}),
]
FILLS = ["遺", "一", "中", "験", "施", "意", "致", "湾", "町", "口", "の", "ア"]


def test_support_reads_what_the_fill_adds_only_for_tokens_glossing_a_lemma(monkeypatch):
    asked = []
    real = translation.fill_glosses

    def counted(token, fill, *args, **kwargs):
        asked.append(token)
        return real(token, fill, *args, **kwargs)

    table = translation.glosses()
    for text, start, english, lemmas in CASES:
        site = Site(text, start, start + 1, 1)
        left, right = site.left[-4:], site.right[:4]
        ln = Line(english, 2)
        by_english = {}
        for word, lems in lemmas.items():
            for lemma in lems:
                by_english.setdefault(lemma, (word, frozenset(lems), ln))
        beside = translation.beside_glosses(site)
        words_beside = translation.beside_glosses(site, translation.WORD_BESIDE)
        expected = _support_as_before({}, FILLS, left, right, by_english, beside, words_beside)
        assert expected, f"{text}: no fill supported, the case tests nothing"
        asked.clear()
        with monkeypatch.context() as m:
            m.setattr(translation, "fill_glosses", counted)
            found = {}
            translation._support({}, FILLS, left, right, by_english, found, beside, words_beside)
        assert found == expected, text
        wanted = set(by_english) | {lemma[1:] for lemma in by_english if lemma.startswith(translation.ACTION_MARK)}
        # before: every token read was asked what the fill adds to it, whatever it glosses
        assert asked and all(not table[t].isdisjoint(wanted) for t in asked), (text, asked)


def test_packed_table_get_and_keys_skip_getitem():
    made = []

    class Counting(resources.PackedLists):
        def __getitem__(self, key):
            made.append(key)
            return super().__getitem__(key)

    t = Counting(resources.pack_lists("t", {"実績": ("achievement", "result"), "越": ("cross",)}), "t", frozenset)
    assert t.get("無") is None and t.get("無", ()) == ()
    assert made == []  # before: Mapping.get asked __getitem__, which raised KeyError for the absent key
    assert t.get("越") == frozenset({"cross"}) and made == ["越"]
    keys = t.keys()
    assert "実績" in keys and "無" not in keys and list(keys) == ["実績", "越"]
    assert type(keys) is type({}.keys())  # the index's own view, not a KeysView calling __contains__
    assert {"越", "無"} & keys == {"越"}


def test_lexicon_fit_kept_when_its_sides_gain_nothing():
    fit = lexicon.Fit("験", 1, 4.4, ("実験",), 1, 0)
    parts = {(0, 1): {"験": lexicon.Fit("験", 1, 4.4, ("実験",), 1, 0)}}
    assert lexicon._with_support(fit, parts, 1) is fit  # before: a new, equal Fit
    wider = lexicon._with_support(lexicon.Fit("験", 1, 4.4, ("実験",), 0, 0), parts, 1)
    assert (wider.left, wider.right) == (1, 0)
    assert lexicon.Fit("a", 1, 2.0, ("x",)) == lexicon.Fit("a", 1, 2.0, ("x",), 0, 0)
    with pytest.raises(AttributeError):  # still frozen
        fit.fill = "施"


def test_alignment_remembered_for_the_very_tuple_of_lines(monkeypatch):
    lines = (Line("Port renovation plan", 5), Line("World Heritage Sites", 6), Line("Visitors from abroad", 7))
    known = (frozenset({"heritage", "inheritance"}), frozenset({"world"}))
    worked = []
    real = translation._aligned_line

    def counted(*args):
        worked.append(args[0])
        return real(*args)

    monkeypatch.setattr(translation, "_aligned_line", counted)  # before: no such step, every call worked it out
    translation._ALIGNED.clear()
    first = translation._aligned(lines, known, frozenset(), 1)
    assert first is lines[1]
    assert translation._aligned(lines, known, frozenset(), 1) is first and len(worked) == 1
    # an equal tuple that is another object is worked out again (the memory is by the tuple itself)
    copy = tuple(Line(ln.text, ln.number) for ln in lines)
    assert translation._aligned(copy, known, frozenset(), 1) is copy[1] and len(worked) == 2
    # another question of the same lines is another answer
    assert translation._aligned(lines, known, frozenset(), 3) is None and len(worked) == 3
