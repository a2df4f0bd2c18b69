"""Restore's translation cites and reads each thing once (third round, issue 19 point 5): the line that holds a
fill word's gloss phrase is looked up in an index of the sources' lemmas, not by asking every line of the deck
for every fill proposed. Speed alone: the phrase found is the one the full scan finds (docs/restore.md, "Speed")."""

from __future__ import annotations

from pipeline.glosses import english_words
from pipeline.restore import PASSES, restore_text
from pipeline.restore.evidence import translation
from pipeline.restore.evidence.base import Document, Line, Site, Source
from tests.calls import count_calls

DECK = tuple(Line(text, i) for i, text in enumerate([
    "Priority district around the castle", "Tourism and the town", "Visitors to the castle grounds",
    "Old Town Streetscape", "Castle Town Streetscape", "A castle town festival", "Budget and schedule",
    "castle - town planning"], start=1))
SOURCES = (Source(DECK[:3], "slide 3", True), Source(DECK, "the talk's English"))


def _scan(japanese: str, sources) -> tuple | None:
    """The phrase as the full scan finds it: every line of every source asked in order."""
    for source in sources:
        for ln in source.lines:
            said = translation._phrase_in_line(japanese, ln.text)
            if said:
                return said, source, ln
    return None


def test_a_gloss_phrase_asks_only_the_lines_holding_its_first_two_words(monkeypatch):
    assert len(english_words("城下町")) >= 2
    expected = _scan("城下町", SOURCES)
    asked = count_calls(monkeypatch, translation, "_phrase_in_line")
    found = translation._gloss_phrase("城下町", SOURCES)
    assert found == expected and found[0] == "Castle Town" and found[2].number == 5
    # the slide's lines hold *castle* but never *town* beside it; the deck's lines 4, 6 and 8 hold both words
    # before line 5 says them side by side: nothing else is asked
    assert [text for _, text in asked] == ["Castle Town Streetscape"]


def test_the_phrase_is_the_full_scan_s_for_every_word_and_source_order():
    words = ["城下町", "城", "町", "予算", "観光客", "旧市街", "祭り", "城址", "日程", "町並み"]
    for sources in (SOURCES, SOURCES[::-1], (Source(DECK[::-1], "reversed"),), ()):
        for japanese in words:
            assert translation._gloss_phrase(japanese, sources) == _scan(japanese, sources), (japanese, sources)


def test_the_lemma_index_is_made_once_per_tuple_of_lines(monkeypatch):
    lines = tuple(Line(ln.text, ln.number) for ln in DECK)
    first = translation._lemma_lines(lines)
    read = count_calls(monkeypatch, translation, "_line_lemmas")
    assert translation._lemma_lines(lines) is first and read == []
    # another tuple of equal lines is indexed afresh (remembered by identity) to the same index
    again = translation._lemma_lines(tuple(list(lines)))
    assert again == first and len(read) == len(lines) and first["town"] == (1, 3, 4, 5, 7)


PLAIN = "\n".join(["城下町の景観を守る", "Castle Town Streetscape", "城下\ufffdの祭りを楽しむ", "A castle town festival",
                   "城\ufffd町の歴史を学ぶ", "History of the castle town", "旧市\ufffdの町並み", "Old Town Streetscape",
                   "城下町の\ufffd光客", "Tourists in the castle town"])


def test_off_the_talk_path_the_document_s_english_is_one_source_gap_after_gap():
    """``pipeline restore -`` has no talk: every gap's source is the document's English, one tuple for all of them
    (it was a new tuple per gap, so the lemma index remembered by its identity was made anew for each gap)."""
    doc = Document.from_text(PLAIN)
    first = doc.sources_for(Site(PLAIN.split("\n")[2], 2, 3, 3), english=False)
    again = doc.sources_for(Site(PLAIN.split("\n")[4], 1, 2, 5), english=False)
    assert again is first and [ln.number for ln in first[0].lines] == [2, 4, 6, 8, 10]
    assert doc.sources_for(Site("Castle \ufffdown", 7, 8, 2), english=True)[0].lines[0].text == "城下町の景観を守る"


def test_off_the_talk_path_the_lemma_index_is_made_once_per_pass(monkeypatch):
    built = []
    real = translation._lemma_lines

    def spy(lines):
        known = translation._phrase_indexes.get(id(lines))
        if known is None or known[0] is not lines:
            built.append(lines)
        return real(lines)

    monkeypatch.setattr(translation, "_lemma_lines", spy)
    out = restore_text(PLAIN)
    assert len(out["repairs"]) == 4 and out["repairs"][0]["restored"] == "町"
    # one Document (and one tuple of its English) per pass: 4 gaps asked for gloss phrases in it
    assert 1 <= len(built) <= PASSES
