"""Ruby (furigana) written into a text dump: Aozora Bunko's notation, and readings in brackets.

A PDF's ruby is set aside by position (:mod:`pipeline.extract.ruby`); a text dump has no positions, and writes
its ruby inline instead. Left in the sentence it splits words (``女は｜巳之吉《みのきち》の方を向き``: Sudachi reads
``巳之吉`` and ``みのきち`` as two names), so both conventions leave the text here with reason ``ruby``, each mark
and reading a ledger row at its raw position, the base staying in the text:

* Aozora Bunko's notation (https://www.aozora.gr.jp/annotation/, "ルビ"): ``｜base《reading》``, or
  ``漢字《かんじ》`` where the base is the run of kanji right before ``《``. Unambiguous, so read in every document;
  its editor's notes ``［＃…］`` (``［＃「一」は中見出し］``, ``［＃改ページ］``) are no text either and leave it with
  reason ``markup``.
* readings in brackets after a run of kanji (``越後（えちご）``): ambiguous, since an author's gloss in brackets
  is text. Set aside only where the document shows the convention (:func:`set_aside_bracketed_readings`).

The reading stays reusable: its ledger row (talk JSON ``dropped``, reason ``ruby``) holds it at its raw line and
column, and its base is the raw text right before it (docs/clean.md, "Ruby in a text dump").
"""

from __future__ import annotations

import re
import unicodedata

from pipeline.chardata import HIRAGANA, KANJI, KATAKANA
from pipeline.clean.edits import Change, Fixed, Line, drop_spans, unchanged
from pipeline.model import Text
from pipeline.vocab import Reason

#: A base's kanji: the ideographs, and the marks Aozora counts with them (``々〆ヵヶ``; ``〇`` is in KANJI).
BASE_KANJI = KANJI + "\u3006\u30f5\u30f6"

#: A reading's letters: kana, the long-vowel mark and the iteration marks; the middle dot parts a name's readings.
READING = HIRAGANA + KATAKANA + "・"

# ``｜`` (U+FF5C) opens an explicit base of at most 20 characters; the reading is anything up to ``》``. Not ASCII ``|``:
# a table's or a command's bar may stand anywhere before a ruby on the line.
_EXPLICIT = re.compile(r"｜([^｜《》\n]{1,20}?)《([^《》\n]+)》")
# No ``｜``: the base is the kanji run before ``《``, and the reading must be kana (a Chinese text's book title
# ``《狂人日记》`` after a hanzi, ``会議《速報》``, stay).
_IMPLICIT = re.compile(f"(?<=[{BASE_KANJI}])《[{READING}]+》")
_NOTE = re.compile(r"［＃[^］\n]*］")
# A character JIS X 0208 lacks, written ``※`` with a note naming it by its JIS X 0213 plane-row-cell
# (``※［＃「てへん＋劣」、第3水準1-84-77］``) or its code point (``※［＃「土へん＋竒」、U+57FC、ページ数-行数］``).
_GAIJI = re.compile(r"※［＃[^］\n]*?(?:第[34]水準(?P<plane>[12])-(?P<row>\d{1,2})-(?P<cell>\d{1,2})"
                    r"|U\+(?P<code>[0-9A-Fa-f]{4,6}))[^］\n]*］")


def gaiji_character(note: str) -> str | None:
    """The character an Aozora gaiji note names, from its JIS X 0213 position (plane 1 in EUC-JIS-2004 as two bytes of
    ``0xA0 + row``, ``0xA0 + cell``; plane 2 after the single shift ``0x8F``) or its code point; ``None`` when it names
    none that decodes.

    >>> gaiji_character("※［＃「てへん＋劣」、第3水準1-84-77］"), gaiji_character("※［＃「土へん＋竒」、U+57FC、12-3］")
    ('挘', '埼')
    >>> gaiji_character("※［＃「口＋世」］") is None, gaiji_character("※［＃「x」、第3水準1-99-99］") is None
    (True, True)
    """
    m = _GAIJI.fullmatch(note)
    if m is None:
        return None
    if m["code"]:
        code = int(m["code"], 16)
        return chr(code) if code <= 0x10FFFF and unicodedata.category(chr(code))[0] in "LNS" else None
    row, cell = int(m["row"]), int(m["cell"])
    if not (1 <= row <= 94 and 1 <= cell <= 94):
        return None
    raw = (b"\x8f" if m["plane"] == "2" else b"") + bytes([0xA0 + row, 0xA0 + cell])
    try:
        ch = raw.decode("euc_jis_2004")
    except UnicodeDecodeError:
        return None
    return ch if len(ch) == 1 and unicodedata.category(ch)[0] in "LNS" else None


def _write_gaiji(text: Text) -> Fixed:
    """Each gaiji note that names its character, with the ``※`` before it, written as that character (one ``changed``
    row of reason ``markup``, its replacement the character; the character takes the ``※``'s raw position)."""
    s = text.text
    parts: list[Text] = []
    changes: list[Change] = []
    pos = 0
    for m in _GAIJI.finditer(s):
        ch = gaiji_character(m.group())
        if ch is None:
            continue
        parts += [text[pos:m.start()], Text(ch, (text.origin[m.start()],))]
        changes.append(Change(text[m.start():m.end()], Reason.MARKUP, replacement=ch))
        pos = m.end()
    if not changes:
        return unchanged(text)
    parts.append(text[pos:])
    return Fixed(Text.join(parts), tuple(changes))

#: A reading in brackets: kana only, right after a run of kanji (full- or half-width brackets).
_BRACKETED = re.compile(f"([{BASE_KANJI}]+)([（(])([{HIRAGANA}ー]+)([）)])")

#: Readings in brackets that must match the dictionary's reading of their base before a document is read as
#: writing its ruby so (a paper's one ``東京都（とうきょうと）`` is a gloss; a children's story glosses many).
MIN_CONFIRMED = 3

#: Most kana one kanji reads as (``承`` うけたまわ, 5): a longer bracket is a phrase, never a reading.
MAX_KANA_PER_KANJI = 5


def aozora_spans(s: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """The ruby spans (``｜`` marks and ``《reading》``) and the editor's notes (``［＃…］``) of one line.

    >>> s = "女は｜巳之吉《みのきち》の方を向き、蓮池《はすいけ》へ。［＃「へ」に傍点］"
    >>> ruby, notes = aozora_spans(s)
    >>> [s[a:b] for a, b in ruby], [s[a:b] for a, b in notes]
    (['｜', '《みのきち》', '《はすいけ》'], ['［＃「へ」に傍点］'])
    >>> aozora_spans("鲁迅的《狂人日记》、会議《速報》、《重要》、記号｜は区切り")
    ([], [])
    """
    notes = [m.span() for m in _NOTE.finditer(s)]
    ruby: list[tuple[int, int]] = []
    for m in _EXPLICIT.finditer(s):
        ruby += [(m.start(), m.start() + 1), (m.end(1), m.end())]
    taken = {i for a, b in ruby for i in range(a, b)}
    ruby += [m.span() for m in _IMPLICIT.finditer(s) if m.start() not in taken]
    return sorted(ruby), notes


_EXAMPLE_LINE = ("（例）", "(例)")
"""How a line giving an example of the notation opens (Aozora Bunko's header: ``（例）岬《みさき》``)."""


def set_aside_aozora_markup(text: Text) -> Fixed:
    """Take Aozora Bunko's ruby and editor's notes out of the sentence: ``｜巳之吉《みのきち》の`` → ``巳之吉の``.

    Why: an Aozora Bunko file (and any text written in its notation) spells ruby inline, ``｜`` opening the base
    where it is not simply the run of kanji before ``《``; the reading is not part of the sentence (as a PDF's ruby
    set over its base is not, :mod:`pipeline.extract.ruby`), and left in it splits the word and doubles it for
    every tokenizer and search. ``［＃…］`` is the inputter's note on the layout (``［＃改ページ］``, ``［＃「一」は中見
    出し］``); a gaiji note that names its character by its JIS X 0213 position or code point is that character
    (``※［＃「てへん＋劣」、第3水準1-84-77］`` → ``挘``), else the ``※`` stays and the note leaves. The notation is unambiguous (https://www.aozora.gr.jp/annotation/): a ``《》`` after kanji holding
    kana only, or after ``｜``, is ruby; other double angle brackets (a Chinese book title ``《狂人日记》``) stay.

    >>> fixed = set_aside_aozora_markup(Text.from_raw("女は｜巳之吉《みのきち》の方を向き［＃「向き」に傍点］", 1))
    >>> fixed.text.text, [(c.removed.text, str(c.reason)) for c in fixed.changes]
    ('女は巳之吉の方を向き', [('［＃「向き」に傍点］', 'markup'), ('｜', 'ruby'), ('《みのきち》', 'ruby')])
    >>> set_aside_aozora_markup(Text.from_raw("鲁迅的《狂人日记》发表于1918年。", 1)).changed
    False
    >>> set_aside_aozora_markup(Text.from_raw("縄を※［＃「てへん＋劣」、第3水準1-84-77］《も》じる", 1)).text.text
    '縄を挘じる'

    A line opening on ``（例）`` is an example of the notation, as the file's own header explains it (``（例）岬《みさき》``
    under ``《》：ルビ``): the markup is its subject and stays (fresh-user trial 61c: it had read ``（例）岬``).

    >>> set_aside_aozora_markup(Text.from_raw("（例）灯台｜守《もり》", 1)).changed
    False
    """
    s = text.text
    if "《" not in s and "［＃" not in s or s.lstrip(" \u3000").startswith(_EXAMPLE_LINE):
        return unchanged(text)
    gaiji = _write_gaiji(text) if "※［＃" in s else unchanged(text)
    ruby, notes = aozora_spans(gaiji.text.text)
    if not ruby and not notes:
        return gaiji
    noted = drop_spans(gaiji.text, notes, Reason.MARKUP)
    # the notes' removal shifts the ruby spans: find them again in the text without the notes
    ruby = aozora_spans(noted.text.text)[0]
    read = drop_spans(noted.text, ruby, Reason.RUBY)
    return Fixed(read.text, gaiji.changes + noted.changes + read.changes)


def bracketed_readings(s: str) -> list[tuple[str, str, tuple[int, int]]]:
    """Each ``(base, reading, bracket span)`` of a line: kana alone in brackets right after a run of kanji, no longer
    than the base can read (:data:`MAX_KANA_PER_KANJI`).

    >>> [(b, r) for b, r, _ in bracketed_readings("越後（えちご）の山奥に、茂作（もさく）と（株）、戦略（ストラテジー）")]
    [('越後', 'えちご'), ('茂作', 'もさく')]
    >>> bracketed_readings("本市（ただし書きを除く）は（1）、（注）、かっこ（かっこ）、本（ほんとうにながいかっこがき）")
    []
    """
    return [(m[1], m[3], (m.start(2), m.end()))
            for m in _BRACKETED.finditer(s) if len(m[3]) <= MAX_KANA_PER_KANJI * len(m[1])]


def _dictionary_reading(base: str) -> str:
    from pipeline.sudachi import tokenizer  # loaded only for a document with such brackets

    return "".join(m.reading_form() for m in tokenizer("C").tokenize(base))


def _katakana(s: str) -> str:
    return "".join(chr(ord(c) + 0x60) if "\u3041" <= c <= "\u3096" else c for c in s)


def set_aside_bracketed_readings(lines: tuple[Line, ...]) -> tuple[tuple[Line, ...], list[Change]]:
    """Take readings written in brackets after kanji out of the sentence, where the document writes its ruby so:
    ``越後（えちご）の山奥に`` → ``越後の山奥に``.

    Why: a dump of a text set with ruby (a folk tale, a children's book, a textbook) often writes each reading in
    brackets after its base; left in, the sentence reads every name twice. But an author's gloss in brackets is
    text, so the document must show the convention: :data:`MIN_CONFIRMED` brackets or more holding kana alone
    right after kanji whose reading in the dictionary (Sudachi's, of the base whole) they are, and at least two
    thirds of all such brackets so confirmed. Then every such bracket of the document is a reading (names the
    dictionary reads otherwise, ``茂作（もさく）``, included). A paper's one ``東京都（とうきょうと）``, ``（株）``,
    ``（注）``, ``（1）``, a katakana gloss ``戦略（ストラテジー）`` and a phrase ``本市（ただし書きを除く）`` stay.

    >>> rows = ["越後（えちご）の茂作（もさく）は", "吹雪（ふぶき）の夜に雪女（ゆきおんな）を見た。"]
    >>> out, changes = set_aside_bracketed_readings(tuple(Line(Text.from_raw(s, n)) for n, s in enumerate(rows, 1)))
    >>> [line.text.text for line in out], [c.removed.text for c in changes]
    (['越後の茂作は', '吹雪の夜に雪女を見た。'], ['（えちご）', '（もさく）', '（ふぶき）', '（ゆきおんな）'])
    >>> set_aside_bracketed_readings((Line(Text.from_raw("東京都（とうきょうと）と本市（ほんし）の連携", 1)),))[1]
    []
    """
    found = [bracketed_readings(line.text.text) for line in lines]
    pairs = [(base, reading) for each in found for base, reading, _ in each]
    if len(pairs) < MIN_CONFIRMED:
        return lines, []
    confirmed = sum(_dictionary_reading(base) == _katakana(reading) for base, reading in pairs)
    if confirmed < MIN_CONFIRMED or 3 * confirmed < 2 * len(pairs):
        return lines, []
    out = list(lines)
    changes: list[Change] = []
    for i, each in enumerate(found):
        if each:
            fixed = drop_spans(lines[i].text, [span for _, _, span in each], Reason.RUBY)
            out[i] = lines[i].with_text(fixed.text)
            changes += fixed.changes
    return tuple(out), changes
