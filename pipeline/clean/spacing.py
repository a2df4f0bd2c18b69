"""Spacing between Japanese and ASCII letters or digits, and between every two Japanese letters.

Rule (docs/decisions.md, "Spacing"): in running text, a space (U+0020)
between a Japanese letter (kana, kanji) and an ASCII letter or digit is
removed, on either side: ``人口 100 万`` → ``人口100万``, ``「ABC 株式会社」``
→ ``「ABC株式会社」``. Japanese does not separate words with spaces; these
come from the typesetter's spacing around half-width runs, which extraction
writes as spaces (pdfminer's layout analysis puts a U+0020 wherever two
glyphs stand more than ``word_margin`` apart, never a U+3000). Kept:

* an ideographic space (U+3000): a character the writer typed, a column
  separator in a table row (``2017年　41,000``) or emphasis; inside a line
  it stays as written (docs/decisions.md, "Ideographic space");
* the space after a caption's label at a line's start (``表1 地点別…``, ``図2.3 …``);
* the space after a line-initial heading number, in any style the heading
  solver reads (``3.1 城下町``, ``1-1 外国語``, ``第1章 IoT``, ``��5 マンガ``:
  :func:`pipeline.numbering.heading_number_end`), since there it separates
  the number from the title;
* the space after a Japanese note's label at a line's start (``注1 大垣市…``, ``※2 …``:
  :data:`pipeline.notemarks.NOTE_LABEL`) and the one between a field's label and its value on a
  line of its own (``学籍番号 21E0457``, ``電話 03-1234-5678``: :data:`FIELD_VALUE`), a field's separator;
* the same field's separator inside a longer line (``問合せ　保健福祉課　電話 0263-00-1111``: :func:`inner_field_spaces`),
  and the space before a number glued to its unit standing as a word where the writer spaces words
  (``本庁舎 4階 第2会議室``: :func:`spaced_unit_words`);
* the space between a place's numbered part and the number after it (``３号館 3-204``, ``2号館 1階``:
  :func:`place_number_spaces`);
* a space next to punctuation or a lost glyph.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace

from pipeline import chardata
from pipeline.model import Text
from pipeline.clean.edits import Change, Fixed, Line, drop_spans, unchanged
from pipeline.chardata import EN, HALFWIDTH_LATIN, IDEOGRAPHIC_SPACE, JA, JA_LETTER, JA_LETTER_RE, LAYOUT_SPACES, lang_of
from pipeline.english_words import zipf
from pipeline.names import MEETING_ROLES, TRANSCRIPT_ROLES
from pipeline.notemarks import NOTE_LABEL
from pipeline.numbering import CAPTION_LABEL, COUNTERS, MAX_HEADING_CHARS, heading_number_end, heading_title_after
from pipeline.vocab import Reason, Rule

# an accented Latin letter is spaced from Japanese by the same typesetter's rule as an ASCII one (pldoc's `修正で é など`,
# pLaTeX's xkanjiskip around `\'e`): the rule reads every half-width Latin letter, not ASCII alone
_JA_THEN_ASCII = re.compile(f"(?<=[{JA_LETTER}]) +(?=[{HALFWIDTH_LATIN}0-9])")
_ASCII_THEN_JA = re.compile(f"(?<=[{HALFWIDTH_LATIN}0-9]) +(?=[{JA_LETTER}])")
FIELD_VALUE = re.compile(rf"^\s*[{chardata.KANJI}{chardata.KATAKANA}]{{2,10}}(?= +(?=(?:[^0-9\s]*[0-9]){{3}})"
                         r"(?![0-9]{1,3}(?:\.[0-9]{1,3})*\.?\s*$)[A-Za-z0-9][A-Za-z0-9.\-\uff0d\u2010\u2011\u2212+()/#\ufffd]{3,29}"
                         r"(?:\s*[（(][^（）()]{1,15}[）)])?\s*$)")
"""A field on a line of its own, its label in kanji or katakana (no kana of a sentence's grammar), then one space and
its value, one token of ASCII of 4 characters or more with 3 digits or more in it, a code or a number to dial or
file by (``学籍番号 21E0457``, ``電話 03-1234-5678``, ``会員番号 A-1024``, a lost glyph among its characters too: ``電話
0123-45-679\ufffd``, fresh-user trial 63b, where it had closed up while the same field intact kept its space; a short note in brackets after it,
``電話 0265-55-1111（代表）``, fresh-user trial 60b): a cover's or a form's field, whose space parts
the label from the value (trial 27: ``学籍番号21E0457``). A counted or numbered label is none (``描述 1``, ``定理 2.``,
``定理 2.10``: xeCJK's spacing between a CJK label and its number, which closes up). A plain number (digits only, not
led by 0) is a code only after a label that names one (:data:`_IDENTIFIER_LABEL`: ``学籍番号 2103045``); after any other
label it is a quantity or a year and closes up as in running text (``人口 1234`` → ``人口1234``, ``西暦 2024``:
DESIGN's spacing normalisation, ``人口 100 万`` → ``人口100万``)."""
_IDENTIFIER_LABEL = re.compile("(?:番号|番|号|コード|ナンバー|記号|ＩＤ)$")
"""A label that names an identifier (``学籍番号``, ``登録番号``, ``受付番``, ``品番``, ``郵便番号``, ``商品コード``): its value is a
code, though all digits."""
_PLAIN_NUMBER = re.compile(r"\s*[1-9][0-9]*\s*$")


def field_label(s: str) -> re.Match | None:
    """The label of a field on a line of its own whose space parts it from its value (:data:`FIELD_VALUE`), or
    None; a plain number is a value only after a label naming an identifier (:data:`_IDENTIFIER_LABEL`).

    >>> [bool(field_label(s)) for s in ("学籍番号 21E0457", "学籍番号 2103045", "電話 03-1234-5678", "人口 1234", "西暦 2024")]
    [True, True, True, False, False]
    >>> bool(field_label("電話 012－345－6789"))  # a number to dial with full-width hyphens (trial 32)
    True
    """
    m = FIELD_VALUE.match(s)
    if m is None:
        return None
    if _PLAIN_NUMBER.match(s, m.end()) and not _IDENTIFIER_LABEL.search(m.group().strip()):
        return None
    return m


def _english_prose(s: str) -> bool:
    """An English sentence that quotes Japanese words: its English words (plain words wordfreq knows, :data:`_PLAIN_WORD`)
    outnumber its Japanese letters, and no Japanese sentence's end (``Angle bracketsです。``, ``blackboard boldです``
    are Japanese sentences about English terms; a line of file names and commands, ``・omake-sh.ins, omake-pl.insを``,
    ``\\DeclareBlockHeadingにalignを追加``, has few plain words: TeX manuals' lines, corpus regression of trial 44's rule)."""
    if s.rstrip().endswith(("。", "．")):
        return False
    words = sum(1 for m in _PLAIN_WORD.finditer(s) if zipf(m.group().lower()) >= PLAIN_WORD_ZIPF)
    return words > len(JA_LETTER_RE.findall(s))


def _between_words(s: str, space: re.Match) -> bool:
    """The space parts a Japanese word from a plain English word (:data:`_PLAIN_WORD`, not a digit, a command or a file
    name): in English prose, a word separator the writer typed (trial 44's field note: ``made in 上板町 (Kamiita Town)``,
    ``The word 職人 means …`` had become ``made in上板町``, ``The word職人means``)."""
    before = _PLAIN_WORD_BEFORE.search(s, 0, space.start())
    after = _PLAIN_WORD.match(s, space.end())
    word = before or after
    return word is not None and zipf(word.group().lower()) >= PLAIN_WORD_ZIPF


def _term_then_clause(s: str, space: re.Match) -> bool:
    """The space parts a Japanese term opening the line from an English clause that runs to the line's end: a line that
    names a term and says something of it in English (a bilingual slide's bullet). Why (trial 46's slide line
    ``・くずし字 is hard to read``, which had become ``・くずし字is hard to read``): :func:`_english_prose` counts each
    Japanese letter against the English words, and four letters of one word outweighed the sentence.

    The term: the line's first word after its marks (a bullet, white space), Japanese letters only, at most
    :data:`MAX_TERM` of them, a compound noun to Sudachi (nouns, prefixes, suffixes: no particle, no verb, so no
    Japanese sentence, ``…の法人である Software in the Public``, ``…作法が the library packaging``, whose English a
    wrap cut off). The clause: a plain English word right after the space, no Japanese letter after it, at least
    :data:`MIN_CLAUSE_WORDS` plain English words (:data:`_PLAIN_WORD`, known to wordfreq), two of them or more in
    small letters (a sentence's words, not a name's or a title's), three words or more parted by spaces and plain words
    for most of them, no wide character (a CJK letter or punctuation: ``…提供了 assumption、definition、…``). A digit, a
    unit or a command right after the space is no such word (``約 120 stations on the coast``, ``2024 年度`` close up
    as before).

    >>> import re
    >>> [_term_then_clause(s, re.search(" ", s)) for s in ("・潮位観測所 is read twice", "潮位計 Harbour Tide Station",
    ...  "潮位計の値は is read", "ライブラリの作法が the library packaging guide", "模板 assumption、definition、theorem")]
    [True, False, False, False, False]
    """
    head = _LINE_MARKS.sub("", s[:space.start()], count=1)
    rest = s[space.end():]
    first = _PLAIN_WORD.match(s, space.end())
    if not head or len(head) > MAX_TERM or not _JA_WORD.fullmatch(head) or _WIDE.search(rest) \
            or first is None or zipf(first.group().lower()) < PLAIN_WORD_ZIPF or len(rest.split()) < MIN_CLAUSE_WORDS:
        return False
    plain = [m.group() for m in _PLAIN_WORD.finditer(rest) if zipf(m.group().lower()) >= PLAIN_WORD_ZIPF]
    if not (len(plain) >= MIN_CLAUSE_WORDS and sum(w.islower() for w in plain) >= 2 and 2 * len(plain) > len(rest.split())):
        return False
    from pipeline.sudachi import tokenizer  # loaded only for such a line

    return all(m.part_of_speech()[0] in _TERM_POS for m in tokenizer().tokenize(head))


def _translated_phrase(s: str, space: re.Match) -> bool:
    """The space parts a Japanese phrase opening the line from its English translation, which runs to the line's end:
    a bilingual line (a bilingual deck's bullet ``・学生交流 Student Exchange``, ``ホスト家庭の不足 Shortage of host
    families``). Why (fresh-user trial 60): the spacing rule, which closes up the typesetter's space around a half-width
    run inside Japanese text (DESIGN's ``人口 100 万`` → ``人口100万``), had glued the two texts,
    ``学生交流Student Exchange``, while the same deck's ``オンライン交流 Online Exchange since 2020`` kept its space (an
    English clause, :func:`_term_then_clause`).

    The phrase: the line's first word after its marks, Japanese letters only (particles allowed: ``…の不足``), at most
    :data:`MAX_TRANSLATED_PHRASE` of them. The translation: a plain English word right after the space, no wide
    character after it, and its content words glossed by the phrase's words (EDICT, :func:`pipeline.glosses.glossed_terms`):
    every one of them where it has one or two, else two or more and :data:`MIN_TRANSLATED_SHARE` of them. A name
    or a title the phrase does not translate closes up as before (``潮位計 Harbour Tide Station``: *tide* of three;
    ``会場は Harbour Hall``).

    >>> import re
    >>> [_translated_phrase(s, re.search(" ", s)) for s in ("・学生交流 Student Exchange", "ホスト家庭の不足 Shortage of host families",
    ...  "潮位計 Harbour Tide Station", "会場は Harbour Hall", "人口 100万人", "本市と Riverton City")]
    [True, True, False, False, False, False]

    A phrase that carries numbers (a bilingual issue line) is translated where the English says one of them again
    (fresh-user trial 70: ``2025年春号 Spring 2025`` had become ``2025年春号Spring 2025``); a number the English does
    not repeat is a quantity of a Japanese sentence, whose space closes up:

    >>> [_translated_phrase(s, re.search("(?<=号) ", s)) for s in ("2025年春号 Spring 2025", "2025年6月号 June 2025", "第3号 Harbour Road 12")]
    [True, True, False]
    """
    head = _LINE_MARKS.sub("", s[:space.start()], count=1)
    rest = s[space.end():]
    first = _PLAIN_WORD.match(s, space.end())
    if _WIDE.search(rest) or first is None or zipf(first.group().lower()) < PLAIN_WORD_ZIPF:
        return False
    numbers = _NUMBER.findall(head)
    if numbers and len(_NUMBER.sub("", head)) <= MAX_TRANSLATED_PHRASE and _JA_WORD.fullmatch(_NUMBER.sub("", head)) \
            and set(numbers) & set(_NUMBER.findall(rest)):
        # a phrase with its number said again in the English after it (an issue line, ``2025年春号 Spring 2025``,
        # ``2025年6月号 June 2025``, ``第45号 No. 45``): the same issue in both languages, whatever EDICT glosses
        # (``春号`` it lists not)
        return True
    if not head or len(head) > MAX_TRANSLATED_PHRASE or not _JA_WORD.fullmatch(head):
        return False
    from pipeline.glosses import glossed_terms  # EDICT's glosses, loaded only for such a line

    met, terms = glossed_terms(head, rest)
    return terms > 0 and (met == terms if terms <= 2 else met >= 2 and met >= MIN_TRANSLATED_SHARE * terms)


_NUMBER = re.compile("[0-9]+")
MAX_TRANSLATED_PHRASE = 20
"""Japanese letters a phrase before its English translation on one line (:func:`_translated_phrase`) has at most: a
slide's bullet or a heading, not a sentence."""
MIN_TRANSLATED_SHARE = 0.5
"""The share of an English translation's content words (three or more) the Japanese phrase before it must gloss
(:func:`_translated_phrase`): half, so that a title or a name one of whose words the phrase happens to gloss
(``潮位計 Harbour Tide Station``, one of three) closes up as before."""
MIN_CLAUSE_WORDS = 3
"""Plain English words an English clause after a Japanese term (:func:`_term_then_clause`) holds at least."""
MAX_TERM = 10
"""Japanese letters a term that opens a line before its English clause (:func:`_term_then_clause`) has at most."""
_TERM_POS = frozenset({"名詞", "接頭辞", "接尾辞"})
_LINE_MARKS = re.compile(r"^[^\w]*")
_JA_WORD = re.compile(f"[{JA_LETTER}]+")
_WIDE = re.compile("[\u3000-\u9fff\uf900-\uffef]")
"""A wide character (a CJK letter or punctuation, a full-width form): none stands in an English clause (a list of
English terms parted by ``、``, ``…提供了 assumption、definition、proposition、…``, a Chinese thesis's line, is none)."""


_PLAIN_WORD = re.compile(rf"(?<![\\\w.\-/])[{HALFWIDTH_LATIN}]+(?![\w\-/(]|\.\w)")
_PLAIN_WORD_BEFORE = re.compile(rf"(?<![\\\w.\-/])[{HALFWIDTH_LATIN}]+$")
"""A plain Latin word: letters only, not part of a command (``\\or``), a file name (``plcore.ltx``), a hyphenated or
slashed identifier, or a call (``fdisk(8)``); a full stop after it ends its sentence (``… 登り窯 today.``: review
46, where the word closing a sentence was no plain word and lost the space before it)."""
PLAIN_WORD_ZIPF = 3.0
"""wordfreq's Zipf of a word of English prose (once per million words)."""


def _typed_space(s: str, start: int, end: int, drawn: frozenset, origin) -> int | None:  # noqa: ANN001
    """The index of a space of ``s[start:end]`` that a PDF draws as a glyph between a Latin letter and a Japanese letter
    (``Python は``, ``と Osaka の``), else None: a space the writer typed, which stays (docs/decisions.md,
    "Spacing"). A digit's space closes up all the same (``100 万``: a number and its counter are one quantity,
    DESIGN's normalisation), and so does a space between letters set apart one by one (``P y t h o n は``, evenly
    spaced glyphs: letter spacing, no word's end)."""
    at = next((k for k in range(start, end) if origin[k] in drawn), None)
    if at is None:
        return None
    before, after = s[:start].split(" ")[-1], s[end:].split(" ")[0]
    latin = before if _LATIN_END.search(before) else after if _LATIN_START.match(after) else None
    if latin is None or not (JA_LETTER_RE.fullmatch(before[-1:]) or JA_LETTER_RE.fullmatch(after[:1])):
        return None
    side = s[:start].split(" ")[-2:] if latin is before else s[end:].split(" ")[:2]
    if len(side) == 2 and all(len(t) == 1 for t in side):
        return None  # the Latin word is a letter set apart from the next: letter spacing
    return at


def _cell_space_kept(s: str, start: int, end: int, origin, cells: frozenset) -> bool:  # noqa: ANN001
    """``s[start:end]``, one space between a Japanese letter and a half-width run, is a text dump's table cell's own
    space (its raw position in ``cells``: ``Line.cell_spaces``) and the run beside it is set solid on its other side
    (``番号1 参加者数``, ``参加者数 5者``: the writer parts the words), so it stays. A run spaced on both sides
    (``人口 100 万``) is the typesetter's space around a half-width run (xkanjiskip, as
    :func:`spaced_unit_words` reads it) and closes up as before. Decision (issue 16, helper tab83)."""
    if end - start != 1 or origin[start] not in cells:
        return False
    if start > 0 and not JA_LETTER_RE.fullmatch(s[start - 1]):  # the run before the space
        k = start
        while k > 0 and not s[k - 1].isspace() and not JA_LETTER_RE.fullmatch(s[k - 1]):
            k -= 1
        return k == 0 or s[k - 1] != " "
    k = end  # the run after the space
    while k < len(s) and not s[k].isspace() and not JA_LETTER_RE.fullmatch(s[k]):
        k += 1
    return k == len(s) or s[k] != " "


_LATIN_END = re.compile(f"[{HALFWIDTH_LATIN}]$")
_LATIN_START = re.compile(f"[{HALFWIDTH_LATIN}]")


def remove_cjk_ascii_spaces(text: Text, drawn: frozenset[tuple[int, int]] = frozenset(),
                            cells: frozenset[tuple[int, int]] = frozenset()) -> Fixed:
    """Remove the spaces (U+0020) between a Japanese letter and an ASCII letter or digit.

    Why: the dump's ``人口 100 万`` is ``人口100万`` in the paper; the spaces are
    layout, and they would split tokens and break matching against the slides.
    An ideographic space is the writer's and stays; so does the space after a
    heading number (module docstring).

    >>> remove_cjk_ascii_spaces(Text.from_raw("人口 100 万の「ABC 株式会社」", 1)).text.text
    '人口100万の「ABC株式会社」'
    >>> [remove_cjk_ascii_spaces(Text.from_raw(s, 1)).changed for s in ("3.1 城下町", "1-1 外国語活動", "2017年\u300041,000")]
    [False, False, False]
    >>> remove_cjk_ascii_spaces(Text.from_raw("表1 地点別の通行量 (2024 年)", 1)).text.text
    '表1 地点別の通行量 (2024年)'
    >>> [remove_cjk_ascii_spaces(Text.from_raw(s, 1)).text.text for s in ("注1 大垣市の 2019 年", "学籍番号 21E0457")]
    ['注1 大垣市の2019年', '学籍番号 21E0457']
    >>> [remove_cjk_ascii_spaces(Text.from_raw(s, 1)).text.text for s in ("人口 100 万", "本市は 2024", "本市 Riverton")]
    ['人口100万', '本市は2024', '本市Riverton']
    >>> [remove_cjk_ascii_spaces(Text.from_raw(s, 1)).text.text for s in ("描述 1", "定理 2.", "定理 2.10", "会員番号 A-1024")]
    ['描述1', '定理2.', '定理2.10', '会員番号 A-1024']
    >>> remove_cjk_ascii_spaces(Text.from_raw("*1 北陸大学 環境学部\u3000*2 金沢市 都市政策局", 1)).text.text  # each column's mark
    '*1 北陸大学 環境学部\u3000*2 金沢市 都市政策局'
    >>> remove_cjk_ascii_spaces(Text.from_raw("修正で é など全ての Pokémon 図鑑", 1)).text.text
    '修正でéなど全てのPokémon図鑑'

    In English prose (its plain English words outnumber its Japanese letters, no Japanese sentence's end:
    :func:`_english_prose`) a space beside a plain English word parts two words and stays; one beside a digit, a
    command or a file name goes (``2024 年度`` is the Japanese term; a TeX manual's ``plcore.ltx から``):

    >>> remove_cjk_ascii_spaces(Text.from_raw("The word 職人 means a craftsman, since 2024 年度.", 1)).text.text
    'The word 職人 means a craftsman, since 2024年度.'
    >>> [remove_cjk_ascii_spaces(Text.from_raw(s, 1)).text.text for s in ("plcore.ltx から platex.ltx へ", "Angle brackets です。")]
    ['plcore.ltxからplatex.ltxへ', 'Angle bracketsです。']

    A Japanese term opening the line, then an English clause to the line's end (:func:`_term_then_clause`): the space
    is the writer's and stays; before a name, a title or a number it goes as before:

    >>> [remove_cjk_ascii_spaces(Text.from_raw(s, 1)).text.text for s in ("・潮位観測所 is read twice", "会場は Harbour Hall", "・約 120 items on the coast")]
    ['・潮位観測所 is read twice', '会場はHarbour Hall', '・約120 items on the coast']

    A Japanese phrase opening the line, then its English translation to the line's end (:func:`_translated_phrase`,
    a bilingual slide's bullet): the space parts two texts and stays:

    >>> [remove_cjk_ascii_spaces(Text.from_raw(s, 1)).text.text for s in ("・学生交流 Student Exchange", "渡航費の高騰 Rising travel costs")]
    ['・学生交流 Student Exchange', '渡航費の高騰 Rising travel costs']

    ``drawn``: the raw positions of the spaces a PDF draws as glyphs (``LineLayout.drawn_spaces``). One between a
    Latin letter and a Japanese letter is the writer's and stays (:func:`_typed_space`); pdfminer's inserted spaces
    (the typesetter's gap, no glyph) and a digit's space go as before:

    >>> line = Text.from_raw("Python は 2024 年に NumPy と", 1)
    >>> remove_cjk_ascii_spaces(line, drawn=frozenset({(1, 6), (1, 8), (1, 13), (1, 16), (1, 22)})).text.text
    'Python は2024年に NumPy と'
    >>> remove_cjk_ascii_spaces(line).text.text
    'Pythonは2024年にNumPyと'

    ``cells``: the raw positions of a text dump's table cells' own spaces (``Line.cell_spaces``, the row parted at
    its white by :func:`~pipeline.clean.tables.part_table_cells`). Such a space is the writer's and stays
    (:func:`_cell_space_kept`), unless the half-width run beside it is spaced on both sides (``人口 100 万``: the
    typesetter's space around a run, closed up as in running text):

    >>> row = Text.from_raw("番号1 参加者数 5者\t人口 100 万", 1)
    >>> remove_cjk_ascii_spaces(row, cells=frozenset({(1, 3), (1, 8), (1, 14), (1, 18)})).text.text
    '番号1 参加者数 5者\t人口100万'
    """
    s = text.text
    english = lang_of(s, JA) == EN and _english_prose(s)
    caption = CAPTION_LABEL.match(s)
    # the space that parts a heading number, or a figure's or table's label, from its title; a note's label from the
    # note; a field's label from its value
    label = caption or NOTE_LABEL.match(s) or field_label(s)
    title_space = label.end() if label else (heading_number_end(s) or division_number_end(s))
    kept = ({title_space, stamp_end(s)} | record_spaces(s) | {m.end() for m in _POSTCODE.finditer(s)}
            | inner_field_spaces(s) | spaced_unit_words(s) | place_number_spaces(s) | identifier_spaces(s)
            | syntax_spaces(s)
            | {m.end() for m in _CREDIT_BY.finditer(s)} | {m.end() for m in _TAGGED_ROLE.finditer(s)})
    spans = [
        (m.start(), m.end())
        for pattern in (_JA_THEN_ASCII, _ASCII_THEN_JA)
        for m in pattern.finditer(s)
        if m.start() not in kept and not _MARK_BEFORE.search(s, max(0, m.start() - _MARK_LONGEST), m.start()) and not (english and _between_words(s, m))
        and not (pattern is _JA_THEN_ASCII and (_term_then_clause(s, m) or _translated_phrase(s, m)))
    ]
    if cells:  # a dump's table cell's own space stays (helper tab83)
        spans = [(a, b) for a, b in spans if not _cell_space_kept(s, a, b, text.origin, cells)]
    if drawn:  # a typed space stays; the other spaces of its run go
        kept = [(span, _typed_space(s, *span, drawn, text.origin)) for span in spans]
        spans = [part for span, at in kept
                 for part in ([span] if at is None else [(span[0], at), (at + 1, span[1])]) if part[0] < part[1]]
    if not spans:
        return unchanged(text)
    return drop_spans(text, sorted(spans), "spacing", record_blank=True)


_TAGGED_ROLE = re.compile(r"^[ \u3000]*[○◯〇◎]?(?:" + "|".join(sorted(map(re.escape, TRANSCRIPT_ROLES + MEETING_ROLES), key=len,
                                                                   reverse=True))
                         + rf")(?:[A-Za-z]|[0-9]{{1,2}})(?= (?![{COUNTERS}])[{JA_LETTER}])")
"""A transcript's speaker by role and tag opening the line (``質問者A 新聞縦覧所の…``, ``参加者2 私は…``;
``pipeline.names.TRANSCRIPT_ROLES``): the space after the tag parts the speaker from the speech, as an ideographic
space or a colon does; it stays (session 81, trial 80e's 研究会 transcript had ``質問者A新聞縦覧所の…``). A count after
the role (``参加者2 名``: a counter after the space) is a quantity, closed up as before.

>>> [remove_cjk_ascii_spaces(Text.from_raw(s, 1)).text.text for s in ("質問者A 新聞について伺います。", "参加者2 名が欠席した。")]
['質問者A 新聞について伺います。', '参加者2名が欠席した。']
"""


_CREDIT_BY = re.compile(r"(?:^|(?<=ed )|(?<=en ))[Bb]y(?= )")
"""An English credit's ``by`` opening the line or after a participle (``modified by 山下 弘展``, ``Translated by 佐藤
健``, ``written by …``): the space after it parts the word from the name it credits, as between two words; it stays
(trial 76c's endnotesj manual had ``by山下``). A field's name ending on it (``Changed-By フィールド``) is no credit.

>>> [remove_cjk_ascii_spaces(Text.from_raw(s, 1)).text.text for s in ("modified by 山下 弘展", "Changed-By フィールド")]
['modified by 山下 弘展', 'Changed-Byフィールド']
"""


_DIVISION = re.compile(r"^\s*第([0-9]{1,2})(?= (?=\S))")
"""A division's number with no counter after it at a line's start, then one space (``第1 請求``, ``第2 当裁判所の判断``):
how a Japanese judgment or ruling numbers the divisions of its reasons, the title after the space."""


def division_number_end(s: str) -> int | None:
    """Where a judgment's division number (:data:`_DIVISION`: ``第1``, ``第2``) ends at the start of a heading-shaped
    line, before the space that parts it from its title; ``None`` where the word after the space is counted by the
    number (``第1 回目の会議``, ``第3 条``: a counter or a suffix, :func:`~pipeline.numbering.heading_title_after`),
    or the line is a sentence (``第3 四半期の売上は…上回った。``). A noun the number may count that Sudachi reads as
    no counter (``第3 四半期`` alone on its line) keeps its space, as ``3 四半期`` does (:func:`~pipeline.numbering.
    heading_number_end`): on a heading-shaped line the space may be the writer's, and a kept space loses nothing. Decision (issue 16 point 2, helper judg71; judg70c's ``h3``): a judgment set with
    half-width spaces (``第1 請求``) had its space closed up as a typesetter's (``第1請求``), so its divisions read as
    no numbered heading and its signature block stayed the last one's paragraphs; ``第1　請求`` with an ideographic
    space was read as a division all along.

    >>> [division_number_end(s) for s in ("第1 請求", "第2 当裁判所の判断", "第2 事案の概要")]
    [2, 2, 2]
    >>> [division_number_end(s) for s in ("第1 回目の会議では、", "第3 条", "第1章 総論", "第1請求", "第2 本件は、請求を棄却する。")]
    [None, None, None, None, None]
    >>> division_number_end("第3 四半期の売上は前年を上回った。"), division_number_end("第3 四半期")
    (None, 2)
    """
    from pipeline.numbering import heading_shaped, heading_title_after

    m = _DIVISION.match(s)
    if m is None or not heading_shaped(s) or s.rstrip().endswith(("。", "．")):
        return None
    return m.end() if heading_title_after(m.group(1), s[m.end():].lstrip()) else None


_POSTCODE = re.compile(r"〒 ?[0-9]{3}-[0-9]{4}(?= +[" + JA_LETTER + "])")
"""A Japanese postal code after its mark, before the address it stands apart from (``〒390-1234 長野県…``): the space
is the writer's, as after a field's label (fresh-user trial 62c: ``〒390-1234長野県`` had been glued). The mark is
required: ``390-1234 長野`` alone may be a range of numbers in a sentence, spaced by the typesetter."""


_CELL_START = re.compile(rf"^|[\u3000\t（(「、，]|(?<=[{JA_LETTER}]) ")
_CELL_END = re.compile("[\u3000\t（()）「」、，]")


def inner_field_spaces(s: str) -> set[int]:
    """The spaces that part a field's label from its value where the field stands inside a longer line: after the
    line's other fields, set apart by an ideographic space (``問合せ　保健福祉課　電話 0263-00-1111``), in brackets
    (``…市民課（電話 03-1234-5678）まで``), or after a Japanese word and a space (``保健福祉課 電話 0263-00-1111``: a space
    between two Japanese letters is typed, extraction writes none there), and running to the end of its part (an
    ideographic space, a TAB, a bracket, a comma, or the line's end). The field is one :func:`field_label` reads on a
    line of its own (a label of kanji or katakana, then a code or a number to dial or file by); the space is its
    separator, the writer's, as there. Why (fresh-user trial 62c: ``電話0263-00-1111`` inside a newsletter's contact
    line, though the same field on a line of its own kept its space). A quantity or a year (``人口 1234``, ``（西暦
    2024）``) closes up as before.

    >>> sorted(inner_field_spaces("問合せ　保健福祉課　電話 0263-00-1111")), sorted(inner_field_spaces("市民課（電話 03-1234-5678）まで"))
    ([12], [6])
    >>> inner_field_spaces("本市の人口（人口 1234）"), inner_field_spaces("電話 0263-00-1111 まで"), inner_field_spaces("課 電話 0263-00-1111")
    (set(), set(), {4})
    """
    out = set()
    # each cell's end found by bisection over the line's cell ends, found once: searching afresh from every cell start
    # read the rest of a long line once per start (a 200,000-character Japanese line: 48.9x the time of a tenth of it,
    # `make bench`, session 65)
    ends = [m.start() for m in _CELL_END.finditer(s)]
    for start in _CELL_START.finditer(s):
        begin = start.end()
        i = bisect.bisect_left(ends, begin)
        end = ends[i] if i < len(ends) else len(s)
        if end - begin <= MAX_FIELD_CELL:
            out |= {begin + at for at in _field_run(s[begin:end])}
    return out


MAX_FIELD_CELL = 200
"""The longest cell :func:`inner_field_spaces` reads as fields, in characters: a run of fields is a few labels and
numbers (``電話 03-1234-5678 内線 2210 ファクス 03-1234-5679`` is 40); a longer cell is running text."""


_EXTENSION = re.compile(r"内線 [0-9]{1,5}")
"""A telephone extension's field (``内線 352``): its label names an identifier, and its value, a plain number of one to
five digits, is shorter than :data:`FIELD_VALUE`'s four characters."""


def _field_run(part: str) -> list[int]:
    """The spaces of a cell that holds fields one after another, each its label, one space and its value, parted by
    single spaces (``電話 03-1234-5678 内線 2210``, ``内線 352``, ``電話 0123-45-6789 ファクス 0123-45-6790``): a label's
    space and the space between two fields are the writer's separators, as on a line of one field (:func:`field_label`).
    Offsets into ``part``; empty unless every pair of words is a field.

    Why (fresh-user trial 63b and session 64: ``（内線 352）`` and ``電話 03-1234-5678 内線 2210`` had closed up into
    ``内線352``, ``03-1234-5678内線2210``, while a phone field alone keeps its space).

    >>> _field_run("電話 03-1234-5678 内線 2210"), _field_run("内線 352"), _field_run("電話 0263-00-1111")
    ([2, 15, 18], [2], [2])
    >>> _field_run("人口 1234 内線 22"), _field_run("内線 352 にお電話ください"), _field_run("内線")
    ([], [], [])
    """
    m = field_label(part)
    if m is not None:
        return [m.end()]
    words = part.split(" ")
    if len(words) < 2 or len(words) % 2 or "" in words:
        return []
    spaces, at = [], 0
    for label, value in zip(words[::2], words[1::2]):
        field = f"{label} {value}"
        if not (_EXTENSION.fullmatch(field) or field_label(field)):
            return []
        spaces += [at + len(label), at + len(field)]
        at += len(field) + 1
    return spaces[:-1]


_UNIT_WORD = re.compile(rf"(?<=[{JA_LETTER}]) (?=[0-9]+[{JA_LETTER}]{{1,4}}(?:[ \u3000](?:[0-9]+)?[{JA_LETTER}]|$))")
_TYPED_WORD_SPACE = re.compile(rf"\S[{JA_LETTER}] [{JA_LETTER}]|[{JA_LETTER}] [{JA_LETTER}]\S")
"""A space between two Japanese letters, a word of two characters or more on one side of it at least (a line set letter
by letter, ``本 市 は``, stands one letter between spaces)."""


_UNIT_CLOSING_PART = re.compile(rf"[0-9]+[{JA_LETTER}]{{1,4}}\u3000")
"""A number and its unit closing a part of a notice's line (an ideographic space after it)."""


def spaced_unit_words(s: str) -> set[int]:
    """The spaces before a number written with its counter or unit (``4階``, ``301号室``, ``3丁目``) that stands as a word
    of its own between spaces, in a line whose writer parts words by spaces: the number and its unit glued, a space or
    an ideographic space and a Japanese letter after it (or the line's end), and a space between two Japanese letters in
    the line, a word of two characters or more beside it (:data:`_TYPED_WORD_SPACE`) (``場所　みなと区役所 本庁舎 4階 第2会議室``, a place's parts; ``会場　市民会館 3階 大ホール``).
    Evidence that the space is the writer's: extraction spaces a half-width run on both of its sides (``人口 100 万の``,
    ``本庁舎 4 階の``: the typesetter's xkanjiskip) and never between two Japanese letters set solid; a writer spaces
    the words of an address or a place so. Why: fresh-user trial 62c's minutes had ``本庁舎4階``. Running text
    (``約 30万人が``: a particle glued after the unit; ``人口 100 万``), a letter-spaced line (``本 市 は 2 0 2 4 年``,
    single letters) and a line with no typed word space close up as before.

    >>> sorted(spaced_unit_words("場所　みなと区役所 本庁舎 4階 第2会議室")), spaced_unit_words("会場は本庁舎 4階の会議室")
    ([13], set())
    >>> spaced_unit_words("人口 100 万の都市"), spaced_unit_words("本庁舎 4階 会議室"), sorted(spaced_unit_words("北区 中央 3丁目 5番地"))
    (set(), {3}, [5, 9])
    >>> spaced_unit_words("問い合わせ　健康づくり課　本庁舎 3階　電話"), spaced_unit_words("会場は本庁舎 3階です。\u3000受付")
    ({16}, set())
    """
    typed = bool(_TYPED_WORD_SPACE.search(s))
    # a unit word that closes its part of a notice's line, an ideographic space after it (``問い合わせ　健康づくり課
    # 本庁舎 3階　電話 …``: fresh-user trial 63b), is the writer's word too: the space before it is one-sided, where
    # extraction spaces a half-width run on both sides, and the part's end is typed
    return {m.start() for m in _UNIT_WORD.finditer(s)
            if typed or _UNIT_CLOSING_PART.match(s, m.end())}


_STAMP = re.compile(
    r"^\s*(?:(?:\d{4}[/.\-]\d{1,2}[/.\-]\d{1,2}|\d{1,2}/\d{1,2}/\d{2,4},?)(?:[ T]+\d{1,2}:\d{2}(?::\d{2})?)?"
    r"|\d{1,2}:\d{2}(?::\d{2})?)(?= +[" + JA_LETTER + "])")
_STAMP_GOES_ON = re.compile("(?:から|まで|より|頃|ごろ|現在|時点|以降|以前|以後|迄|~|〜|～|[にのはをでとがもへや])")
"""Words after a date or a time that go on with it (``14:30 から``, ``2025/3/1 現在``, a particle: ``2020/04/12 に導入``,
``2021-07-25 のコミット``, a change log's entries in the corpus): the stamp is a part of a sentence there, its space the
typesetter's as around any number. (A title opening on such a kana, ``14:22 はじめての…``, closes up as before.)"""


_PLACE_NUMBER = re.compile(
    rf"(?:^|(?<=[^0-9０-９]))[0-9０-９]{{1,3}}(?:号館|号棟|号室|番館|館|棟|階|丁目|番地)( +)(?=[0-9]+(?:[\-‐－][0-9]+)*(?:[{JA_LETTER}]|[ \u3000]|$))")
"""A building's, floor's or block's number written with its counter (``３号館``, ``2号館``, ``A``-less ``5棟``, ``4階``,
``3丁目``), one space, then a number (a room's ``3-204``, a floor's ``1階``, a lot's ``5番地``): the space parts two
numbers of a place, each a word of its own; closed up, the two read as one (``3号館3-204``, ``2号館1階``). Evidence
that the writer typed it: a typesetter's space around a half-width run parts a number from a Japanese word, and no
Japanese text glues a number straight onto another number's counter where the two are a place's parts (issue 16
point 4, session 80, helper join80: a notice's venue ``会場　市役所本庁舎　３号館 3-204 会議室`` had become
``3号館3-204会議室``, its ``remove_cjk_ascii_spaces`` row dropping the boundary). A quantity's or date's counter
(``2024年 4月``, ``100万 人``) is no place's and closes up as before; the space after the second number is the rule's
as any other."""


def place_number_spaces(s: str) -> set[int]:
    """The spaces between a place's numbered part and the number after it (:data:`_PLACE_NUMBER`).

    >>> sorted(place_number_spaces("会場　市役所本庁舎　３号館 3-204 会議室")), sorted(place_number_spaces("当日は2号館 1階の受付で"))
    ([13], [6])
    >>> place_number_spaces("2024年 4月に"), place_number_spaces("人口 100 万"), place_number_spaces("本館 2階"), place_number_spaces("12階 建て")
    (set(), set(), set(), set())
    """
    return {m.start(1) for m in _PLACE_NUMBER.finditer(s)}


def stamp_end(s: str) -> int | None:
    """Where a date or a clock time written with its separators that opens the line ends, before the space that parts
    it from the Japanese text after it (a browser's printed header ``2025/03/18 14:22 ごみの分別と出し方``, a
    timetable's ``14:30 開会``, a log's ``2025-03-18 受付``), or None. That space is the writer's: a date and a time are
    no quantity whose counter follows (``100 万``, ``2024 年``), and the text after one is a title or an item of its
    own. A word that goes on with the stamp (``14:30 から``, ``2025/3/1 現在``: :data:`_STAMP_GOES_ON`) makes it a part of
    a sentence, its space closed up as any number's; so is a stamp inside a line (``開場は 9:00 から``), which a
    PDF's extraction spaces as it spaces every number. Decision (issue 16, helper web55, trial 54d): the header
    ``2025/03/18 14:22 ごみの分別と出し方｜西浜市`` had become ``14:22ごみ…``, and the browser's header, no longer
    read as one, the page's title.

    >>> [stamp_end(s) for s in ("2025/03/18 14:22 ごみの分別", "14:30 開会", "2025-03-18 受付開始", "14:30 から受付")]
    [16, 5, 10, None]
    >>> [stamp_end(s) for s in ("2025 年度", "開場は 9:00 から", "3.1 城下町", "2025/3/1 現在", "2020/04/12 に導入済み。")]
    [None, None, None, None, None]
    """
    m = _STAMP.match(s)
    if m is None or _STAMP_GOES_ON.match(s[m.end():].lstrip(" ")):
        return None
    return m.end()


_RECORD_LABEL = f"[{chardata.KANJI}{chardata.KATAKANA}]{{2,10}}(?:ID|No\\.?)?"
_RECORD_ID = re.compile(r"(?:番号|ID|ＩＤ|No\.?)$")
"""A record's label that names an identifier, its ASCII word too (``記事ID``, ``ページ番号``, ``管理No.``)."""
_RECORD = re.compile(rf"^\s*{_RECORD_LABEL} +[A-Za-z0-9]\S*(?: +{_RECORD_LABEL}[：:]? +[A-Za-z0-9]\S*)+\s*$")
_RECORD_FIELD = re.compile(rf"({_RECORD_LABEL})([：:]?)( +)([A-Za-z0-9]\S*)")


_FUNCTION_WORD = re.compile(rf"(?<=[{JA_LETTER}]) +(?:and|or|nor|of|in|on|at|to|by|for|from|with|as|is|are|vs\.?|the|an) +(?=[{JA_LETTER}])")
"""An English function word set between two Japanese words with a space on each side (``名名 and 姓姓``, a BibTeX
author list's example; ``東京 to 大阪``): a closed class, never glued to Japanese in any Japanese spelling, so its spaces
are typed. Content words stay out of it: ``本市 Riverton`` closes up as the typesetter's space (DESIGN's
normalisation)."""
_CONTROL_WORD = re.compile(rf"(?<![\\])\\[A-Za-z]+( +)(?=[{JA_LETTER}])")
"""A TeX control word, then a space, then a Japanese letter (``{\\fipm 土}``, ``\\gtfamily 見出し``): TeX eats the space that
ends a control word, so a PDF shows one only in a verbatim listing, where the writer typed it, and closing it makes
another control word (``\\fipm土``)."""


def syntax_spaces(s: str) -> set[int]:
    """The spaces a language's syntax needs between ASCII and Japanese: on both sides of an English function word
    between two Japanese words (:data:`_FUNCTION_WORD`), and after a TeX control word before a Japanese letter
    (:data:`_CONTROL_WORD`). Why (fresh-user trial 75c, real PDFs: ieejtran's ``author = {姓姓, 名名 and 姓姓, 名名}``
    had become ``名名and姓姓``, zxjatype's listing ``{\\fipm 土…}`` had become ``{\\fipm土…}``).

    >>> sorted(syntax_spaces("{姓姓, 名名 and 姓姓, 名名}")), sorted(syntax_spaces("{\\\\fipm 土\\\\symbol{1}}"))
    ([7, 11], [6])
    >>> syntax_spaces("本市 Riverton の"), syntax_spaces("資料 andante 図表"), syntax_spaces("\\\\\\\\ 改行")
    (set(), set(), set())
    """
    kept = {m.start() for m in _FUNCTION_WORD.finditer(s)}
    kept |= {m.end() - (len(m.group(0)) - len(m.group(0).rstrip(" "))) for m in _FUNCTION_WORD.finditer(s)}
    kept |= {m.start(1) for m in _CONTROL_WORD.finditer(s)}
    return kept


_IDENTIFIER = re.compile(rf"(?<=[{JA_LETTER}]) ([0-9]{{6,}}) (?=([{JA_LETTER}]))")
"""A number of six digits or more written whole (no comma, no decimal point) between a Japanese word and the next,
set apart by a space on each side: the shape of an identifier (a student's number, a member's or a phone number:
``〇〇研究室 209912345 春日太郎``, a thesis defence's cover)."""


def identifier_spaces(s: str) -> set[int]:
    """The spaces on both sides of an identifier (:data:`_IDENTIFIER`) that no counter or unit follows: fields the
    writer parted (an organisation, a student's number, a name), not a quantity the typesetter spaced (``人口 150000
    人``: the number counts the word after it, :func:`~pipeline.numbering.heading_title_after`). A quantity of six
    digits or more is rarely written ungrouped, and a kept space loses nothing. Why (realdocs' klis_slides.pdf, a
    final-presentation deck's cover: ``〇〇△△研究室 209912345 春日太郎`` had become ``研究室209912345春日太郎``, three
    fields glued into one word).

    >>> sorted(identifier_spaces("〇〇研究室 209912345 春日太郎")), identifier_spaces("人口 150000 人が住む")
    ([5, 15], set())
    >>> identifier_spaces("本市は 2024 年度"), identifier_spaces("会員 1234567 さん")
    (set(), set())
    """
    kept: set[int] = set()
    for m in _IDENTIFIER.finditer(s):
        after = s[m.end(1) + 1:]
        if heading_title_after(m.group(1), after[:MAX_HEADING_CHARS]):
            kept |= {m.start(), m.end(1)}
    return kept


def record_spaces(s: str) -> set[int]:
    """The spaces of a record's line that part its fields' labels from their values and each field from the next:
    two fields or more, each a label (kanji or katakana) and one space and its value (a code, a number, a date led by
    a digit), one of them a field as :func:`field_label` reads a line of its own (a code or a number to file by:
    ``ページ番号 1004821``); empty for any other line. Why (issue 16, helper web55, trial 54d): a municipal web page's
    record ``ページ番号 1004821 更新日 2025年2月3日`` had become ``ページ番号1004821更新日2025年2月3日``, its labels glued to
    the numbers they name. A line of quantities (``人口 1234 面積 56``: no code among them) closes up as running text.

    >>> sorted(record_spaces("ページ番号 1004821 更新日 2025年2月3日")), record_spaces("人口 1234 面積 56")
    ([5, 13, 17], set())
    """
    if not _RECORD.match(s):
        return set()
    fields = list(_RECORD_FIELD.finditer(s))
    if not any(field_label(f"{f.group(1)} {f.group(4)}") or (_RECORD_ID.search(f.group(1)) and f.group(4).isascii())
               for f in fields):
        return set()
    out = {f.start(3) for f in fields}
    out.update(m.start() for f, g in zip(fields, fields[1:]) for m in [re.compile(" +").search(s, f.end(), g.start())] if m)
    return out


_MARK_BEFORE = re.compile(r"(?:^|[\s\u3000])[(（]?[＊*※][0-9０-９]{1,2}[)）]?$")
"""An affiliation's or a note's mark standing first in its column, after white space (``*1 北陸大学　*2 金沢市 都市政策局``:
the second organisation's mark; trial 54 had ``*2金沢市``): the space after it parts the mark from what it marks, as after
a note's label opening a line (:data:`pipeline.notemarks.NOTE_LABEL`). A mark glued to a name (``中島 達也*2 金沢市``) is
a call, spaced as running text."""
_MARK_LONGEST = 6
"""The longest text :data:`_MARK_BEFORE` matches (a space, brackets, the mark and two digits): it is searched in that
many characters before each space, not the whole line before it (which made a long line quadratic).
"""

_CJK_PUNCT = "\u3001-\u3003\u3008-\u3011\u3014-\u301f\u30fb\uff01\uff08\uff09\uff0c\uff0e\uff1a\uff1b\uff1f"
# a single ASCII digit spaced like the letters around it is part of the run (``は 1 9 9 0 年 に``)
# a radical standing for a kanji (``⾼ 松 市``: unify_ideographs maps it only once its neighbours are no longer
# spaces) is a letter of the run too
_RUN_CHAR = f"[{chardata.JA_LETTER}{chardata.RADICAL}{_CJK_PUNCT}0-9]"
_SPACED_RUN = re.compile(f"{_RUN_CHAR}(?: {_RUN_CHAR})+")
_IDEOGRAPHIC_SPACED_RUN = re.compile(f"{_RUN_CHAR}(?:{IDEOGRAPHIC_SPACE}{_RUN_CHAR})+")
MIN_SPACED_LETTERS = 5
#: Letters set apart with ideographic spaces are a sentence, not emphasis, from this many on (or with 、 or 。).
#: Emphasis and 均等割り (justifying a label to a fixed width) set apart a word or a short heading:
#: ``研　究　の　目　的``, ``は　じ　め　に``, a name in a table cell; none of these runs to 16 letters.
MIN_SPACED_SENTENCE = 16
_SENTENCE_MARKS = "\u3001\u3002"


def _scripts(letters: str) -> int:
    return sum(bool(pattern.search(letters)) for pattern in (chardata.HIRAGANA_RE, chardata.KATAKANA_RE, chardata.KANJI_RE))


def remove_spaces_between_cjk_letters(text: Text) -> Fixed:
    """Remove the space an extractor put between every two Japanese characters.

    Why: a PDF that places each Japanese glyph on its own comes out as ``本 市
    は 米 国 …``; the spaces split every word and keep the paragraph from
    reading as one. The evidence is the run: at least
    :data:`MIN_SPACED_LETTERS` Japanese letters, each standing alone between
    single spaces, of at least two scripts (kanji, hiragana, katakana), so
    sentence text. A table row of single kanji (``月 火 水 木 金``), a kana
    chart (``あ い う え お``) or words written apart (``佐藤 一郎``) stay.
    Letters set apart with ideographic spaces (U+3000) are the writer's
    emphasis or a label justified to a width (``研　究　の　目　的``,
    docs/decisions.md, "Ideographic space") and stay, unless the run is a
    sentence (:func:`_spaced_sentence`): then an extractor wrote the gaps of
    fixed-pitch setting as U+3000, and they go like spaces.

    >>> remove_spaces_between_cjk_letters(Text.from_raw("1. 本 市 は 米 国 の 市 と 提 携 し た 。", 1)).text.text
    '1. 本市は米国の市と提携した。'
    >>> remove_spaces_between_cjk_letters(Text.from_raw("本 市 は 1 9 9 0 年 に 英 国 の 市 と", 1)).text.text
    '本市は1990年に英国の市と'
    >>> remove_spaces_between_cjk_letters(Text.from_raw("締 結 し 、 Sister City Day を 毎 年", 1)).text.text
    '締結し、Sister City Day を毎年'
    >>> remove_spaces_between_cjk_letters(Text.from_raw("⾼ 松 市 は 香 川 県", 1)).text.text
    '⾼松市は香川県'
    >>> remove_spaces_between_cjk_letters(Text.from_raw("2 . 1 海 外 都 市 と の 交 流", 1)).text.text
    '2.1 海外都市との交流'
    >>> remove_spaces_between_cjk_letters(Text.from_raw("い る 。", 1)).text.text
    'いる。'
    >>> remove_spaces_between_cjk_letters(Text.from_raw("ま た 、塗 り 足 し の 幅 な ど を 指 定 し て く だ さ い 。例 え ば", 1)).text.text
    'また、塗り足しの幅などを指定してください。例えば'
    >>> remove_spaces_between_cjk_letters(Text.from_raw("と 指 定 す れ ば 版 面 拡 大（ 縮 小 ）後 の 幅", 1)).text.text
    'と指定すれば版面拡大（縮小）後の幅'
    >>> remove_spaces_between_cjk_letters(Text.from_raw("月 火 水 木 金 土 日", 1)).changed
    False
    >>> remove_spaces_between_cjk_letters(Text.from_raw("表 1 2 3 4 5 6", 1)).changed
    False
    >>> remove_spaces_between_cjk_letters(Text.from_raw("研\u3000究\u3000の\u3000目\u3000的", 1)).changed
    False
    >>> remove_spaces_between_cjk_letters(Text.from_raw("本\u3000市\u3000は\u3000外\u3000国\u3000人\u3000を\u3000迎\u3000え\u3000る\u3000。", 1)).text.text
    '本市は外国人を迎える。'
    """
    spans = _letter_spacing_spans(text.text)
    if not spans:
        return unchanged(text)
    return drop_spans(text, spans, "spacing", record_blank=True)


def _letter_spacing_spans(s: str) -> list[tuple[int, int]]:
    """The spaces :func:`remove_spaces_between_cjk_letters` removes from ``s``, sorted (none: the line proves nothing)."""
    spans: list[tuple[int, int]] = []
    short: list[tuple[int, int]] = []  # spaced runs too short to prove anything alone
    for pattern in (_SPACED_RUN, _IDEOGRAPHIC_SPACED_RUN):
        for match in pattern.finditer(s):
            start, end = match.span()
            # A first or last character glued to more letters is the end of a word written apart.
            if start > 0 and chardata.is_ja_letter(s[start - 1]):
                start += 2
            if end < len(s) and chardata.is_ja_letter(s[end]):
                end -= 2
            run = s[start:end:2]
            letters = "".join(chardata.unified_ideograph(ch) or ch for ch in run
                              if chardata.is_ja_letter(ch) or chardata.unified_ideograph(ch))
            if pattern is _IDEOGRAPHIC_SPACED_RUN:
                if len(letters) >= MIN_SPACED_LETTERS and _scripts(letters) >= 2 and _spaced_sentence(run, letters):
                    spans += [(k, k + 1) for k in range(start + 1, end, 2)]
                continue
            if (len(letters) >= MIN_SPACED_LETTERS and _scripts(letters) >= 2) or _spaced_sentence_end(run):
                spans += [(k, k + 1) for k in range(start + 1, end, 2)]
            elif end > start:
                short.append((start, end))
    if not spans:
        return []
    # The line is shown set letter by letter: its shorter runs (``を 毎 年``) are the same damage, and so is a
    # space between Japanese punctuation and ASCII (``し 、 Sister City``), which the spacing rule beside ASCII
    # leaves to punctuation typed with a space.
    spans += [(k, k + 1) for start, end in short for k in range(start + 1, end, 2)]
    spans += [m.span() for m in _PUNCT_ASCII_SPACE.finditer(s)]
    # and so is a space beside Japanese punctuation whose glyph the extractor glued to the letter after (or before) it
    # (``ま た 、塗 り``, ``く だ さ い 。例 え ば``, ``拡 大（ 縮 小 ）後``): the mark and that letter make a token of two
    # characters, which no spaced run holds, so the space before it stayed (real-PDF trial, session 80, helper
    # join80: gentombow-ja.pdf's justified lines, set with stretched inter-character glue, had ``また 、塗り足し…``,
    # ``…ください 。例えば``); Japanese punctuation carries its own white, and no writer types a space beside it
    spans += [m.span() for m in _PUNCT_JA_SPACE.finditer(s)]
    # so is a heading number spelled apart (``1 . 海 外``, ``2 . 1``): its glyphs close up, the space after it stays
    number = _SPACED_NUMBER.match(s)
    if number:
        spans = [span for span in spans if span[0] != number.end()]
        spans += [(k, k + 1) for k in range(number.start() + 1, number.end(), 2)]
    return sorted(set(spans))


_SPACED_NUMBER = re.compile(r"[0-9](?: [0-9.．\-)）])+(?= )")
_PUNCT_JA_SPACE = re.compile(f"(?<=[{_CJK_PUNCT}]) (?=[{JA_LETTER}{_CJK_PUNCT}])|(?<=[{JA_LETTER}]) (?=[{_CJK_PUNCT}])")
_PUNCT_ASCII_SPACE = re.compile(f"(?<=[{_CJK_PUNCT}]) (?=[A-Za-z0-9])|(?<=[A-Za-z0-9]) (?=[{_CJK_PUNCT}])")


def _spaced_sentence_end(run: str) -> bool:
    """A short spaced run that ends a sentence (``い る 。``): hiragana and a 。 or 、 set apart like letters, the
    last line of a paragraph set letter by letter; a label or a name written apart (``目 次``) has no 。."""
    return run[-1:] in tuple(_SENTENCE_MARKS) and chardata.HIRAGANA_RE.search(run) is not None


def _spaced_sentence(run: str, letters: str) -> bool:
    """Letters set apart with ideographic spaces form a sentence (damage), not an emphasised word.

    Some extractors write every glyph of a line set in fixed pitch with a
    U+3000 between (``本　市　は　多　く　の…。``): a sentence, recognised by
    its sentence punctuation (、 。) or its length (:data:`MIN_SPACED_SENTENCE`),
    neither of which an emphasised word or a justified label has.
    """
    return any(mark in run for mark in _SENTENCE_MARKS) or len(letters) >= MIN_SPACED_SENTENCE


MIN_PROVEN_LINES = 2
"""Lines the line rule proves letter-spaced (:func:`remove_spaces_between_cjk_letters`) that a document shows at
least before its other lines of single letters set apart are read as the same damage
(:func:`close_up_letter_spaced_document`). One line is no evidence: a writer may set one phrase apart on purpose (a
sign quoted as set, a microphone test's ``本 日 は 晴 天 な り``), and a quoted line tells nothing of the lines around
it. Two lines, each a run of 5 letters or more of 2 scripts or a spaced sentence end, are the extractor's doing on
more than one line; an extractor that spaces a PDF's glyphs spaces every line of it, so a talk's cover page shows it
on two lines already (its title and its first paragraph: session 51's ``/tmp/sp.txt``, whose other three Japanese
lines, the city, the speaker and a heading, are too short or of one script to prove anything alone)."""


def close_up_letter_spaced_document(lines: tuple[Line, ...]) -> tuple[tuple[Line, ...], list[Change]]:
    """Remove the spaces between letters line by line (:func:`remove_spaces_between_cjk_letters`); where the document
    is shown set letter by letter, in its short lines too.

    Why: an extractor that spaced a PDF's glyphs spaced all of it, but the line rule proves a line only by a run of 5
    letters of 2 scripts: a city (``富 山 市``), a speaker's line of kanji (``富 山 市 都 市 整 備 部 長``), a heading in
    hiragana (``1 . は じ め に``) and initials in a sentence (``は L R T を``) stayed apart, and segment found no city,
    no speaker, and a title ``富 山 市``. The document is shown set so (:func:`_shown_spaced`) where
    :data:`MIN_PROVEN_LINES` lines or more are proven, and they outnumber its lines that write Japanese letters
    together (clean text quoting two spaced lines is mostly written together). There, every run of single
    characters set apart by spaces that holds two Japanese letters or more closes up (:func:`_document_spans`): its
    kanji, kana, digits, punctuation and ASCII letters each standing alone. A word gap stays a gap: an ideographic
    space the writer typed stays as written (docs/decisions.md, "Ideographic space"; the spaces the extractor put
    around it go), a run of two spaces or more between single-spaced letters keeps one space. Words written apart
    (``佐藤 一郎``: no single letter) and lines without Japanese letters (``T H A N K  Y O U``: segment reads
    letterspaced Latin) stay. Ledger rows of the lines the line rule proves name ``remove_spaces_between_cjk_letters``;
    the spaces only the document's evidence removes name this rule.

    >>> from pipeline.model import Text
    >>> def run(*texts):
    ...     out, _ = close_up_letter_spaced_document(tuple(Line(Text.from_raw(s, n)) for n, s in enumerate(texts, 1)))
    ...     return [line.text.text for line in out]
    >>> run("富 山 市", "路 面 電 車 と ま ち づ く り", "富 山 市 都 市 整 備 部 長 \u3000 林 \u3000 大 輔", "1 . は じ め に",
    ...     "本 市 は L R T を 中 心 に 公 共 交 通 を 整 備 し て き た 。", "Toyama City")
    ['富山市', '路面電車とまちづくり', '富山市都市整備部長\u3000林\u3000大輔', '1. はじめに', '本市はLRTを中心に公共交通を整備してきた。', 'Toyama City']

    One proven line is no evidence (:data:`MIN_PROVEN_LINES`):

    >>> run("富 山 市", "本 市 は 米 国 の 市 と 提 携 し て い る 。", "月 火 水 木 金")
    ['富 山 市', '本市は米国の市と提携している。', '月 火 水 木 金']
    """
    found = [_letter_spacing_spans(line.text.text) for line in lines]
    shown = _shown_spaced(lines, found)
    out = list(lines)
    changes: list[Change] = []
    for i, (line, own) in enumerate(zip(lines, found)):
        spans = sorted(set(own) | set(_document_spans(line.text.text))) if shown else own
        if not spans:
            continue
        fixed = drop_spans(line.text, spans, "spacing", record_blank=True)
        assert len(fixed.changes) == len(spans)
        proven = set(own)
        changes += [replace(c, rule=Rule.REMOVE_SPACES_BETWEEN_CJK_LETTERS.value) if span in proven else c
                    for span, c in zip(spans, fixed.changes)]
        out[i] = line.with_text(fixed.text)
    return tuple(out), changes


_GLUED = re.compile(f"[{JA_LETTER}]{{2}}")


def _shown_spaced(lines: tuple[Line, ...], found: list[list[tuple[int, int]]]) -> bool:
    """The document is shown set letter by letter: :data:`MIN_PROVEN_LINES` lines or more proven by the line rule
    (a U+0020 among the spaces it removes; letters set apart with ideographic spaces are another extractor's fixed
    pitch, read line by line), and more of them than lines that write two Japanese letters together. Why the
    majority: an extractor that spaces a PDF's glyphs spaces its headings too; where short lines are written together
    as often as sentences are spaced (``函館市``, ``2. 交流`` beside two spaced sentences: golden
    ``remove_spaces_between_cjk_letters--made-up``), a short line set apart (``1. 概 要``) may be the writer's heading
    justified to a width, and stays."""
    proven = [any(line.text.text[a] == " " for a, _ in spans) for line, spans in zip(lines, found)]
    glued = sum(1 for line, p in zip(lines, proven) if not p and _GLUED.search(line.text.text))
    return sum(proven) >= MIN_PROVEN_LINES and sum(proven) > glued


_TOKEN = re.compile(f"[^ {IDEOGRAPHIC_SPACE}]+")
_SPACED_CHAR = re.compile(f"[{chardata.JA_LETTER}{chardata.RADICAL}{_CJK_PUNCT}A-Za-z0-9.．()-]")
"""A character that stands alone in a line set letter by letter: a Japanese letter, a radical standing for a kanji,
Japanese punctuation, an ASCII letter or digit, a heading number's marks. Not a lost glyph (restore's, with the
space beside it), nor a symbol."""
_LEADING_NUMBER = re.compile(r"[0-9](?: [0-9])*(?= )")


def _document_spans(s: str) -> list[tuple[int, int]]:
    """In a document set letter by letter, the spaces between the single characters of each run of them that holds
    two Japanese letters or more (:func:`close_up_letter_spaced_document`); a word gap keeps its ideographic space or
    one space. A line-initial number spelled apart keeps the space after it where it is a heading's number
    (``1 . は じ め に`` → ``1. はじめに``, as the line rule does; ``1 は じ め に`` → ``1 はじめに``; ``2 0 2 4 年`` →
    ``2024年``).

    >>> _document_spans("富 山 市"), _document_spans("佐藤 一郎"), _document_spans("A B C")
    ([(1, 2), (3, 4)], [], [])
    >>> [_document_spans(s) for s in ("長 \u3000 林", "佐 藤  一", "林\u3000大輔")]
    [[(1, 2), (3, 4)], [(1, 2), (4, 5)], []]
    """
    runs: list[list[int]] = [[]]
    for m in _TOKEN.finditer(s):
        if m.end() - m.start() == 1 and _SPACED_CHAR.match(s, m.start()):
            runs[-1].append(m.start())
        elif runs[-1]:
            runs.append([])
    keep = _number_space(s)
    spans: list[tuple[int, int]] = []
    for run in runs:
        letters = sum(1 for k in run if chardata.is_ja_letter(s[k]) or chardata.unified_ideograph(s[k]))
        if len(run) < 2 or letters < 2:
            continue
        for x, y in zip(run, run[1:]):
            gap = range(x + 1, y)
            if IDEOGRAPHIC_SPACE in s[x + 1:y]:
                spans += [(k, k + 1) for k in gap if s[k] == " "]
            elif y - x > 2:  # two spaces or more: a word gap, one space stays
                spans += [(k, k + 1) for k in range(x + 2, y)]
            elif x + 1 != keep:
                spans.append((x + 1, y))
    return spans


def _number_space(s: str) -> int | None:
    """The space after a line-initial number spelled apart that is a heading's number: one with its marks
    (``1 . は``, ``2 . 1 海``: :data:`_SPACED_NUMBER`, as the line rule reads it) or digits that, closed up, the heading
    solver reads as a number before its title (``1 は じ め に``; not ``1 2 月 に``)."""
    number = _SPACED_NUMBER.match(s)
    if number:
        return number.end()
    digits = _LEADING_NUMBER.match(s)
    if digits is None:
        return None
    closed = digits.group().replace(" ", "")
    rest = "".join(_TOKEN.findall(s[digits.end():digits.end() + 16]))
    return digits.end() if heading_number_end(f"{closed} {rest}") == len(closed) else None


def strip_ideographic_padding(text: Text) -> Fixed:
    """Set aside the ideographic spaces at a line's start (``indent``) or end (``padding``), each run a ledger row.

    Why: a Japanese paragraph starts with one ideographic space (字下げ, JIS X
    4051's paragraph indent). It is the typesetting of a paragraph start, not
    part of the sentence: the paragraph text, its tokens and every match
    against headings and titles read without it, and the line's layout keeps
    the indent (``LineLayout.indent``, which segment reads to start a
    paragraph). Being a character the writer typed, it leaves the text only
    with a row (docs/decisions.md, "Ideographic space"). Ideographic spaces
    inside a line (``佐藤　一郎``) stay as written; layout white space (spaces,
    tabs) at the ends is stripped without a row, as everywhere.

    >>> fixed = strip_ideographic_padding(Text.from_raw("\u3000県は発表した。\u3000", 3))
    >>> fixed.text.text, [(c.removed.text == "\\u3000", c.removed.origin[0], str(c.reason)) for c in fixed.changes]
    ('県は発表した。', [(True, (3, 0), 'indent'), (True, (3, 8), 'padding')])
    >>> strip_ideographic_padding(Text.from_raw("佐藤\u3000一郎", 1)).changed
    False
    """
    s = text.text
    edge = LAYOUT_SPACES + IDEOGRAPHIC_SPACE
    start = len(s) - len(s.lstrip(edge))
    end = max(start, len(s.rstrip(edge)))
    if IDEOGRAPHIC_SPACE not in s[:start] and IDEOGRAPHIC_SPACE not in s[end:]:
        return unchanged(text)
    changes = [
        Change(text[m.start():m.end()], Reason.INDENT if m.start() < start else Reason.PADDING)
        for m in _IDEOGRAPHIC_RUN.finditer(s)
        if m.end() <= start or m.start() >= end
    ]
    return Fixed(text[start:end], tuple(changes))


_IDEOGRAPHIC_RUN = re.compile(f"{IDEOGRAPHIC_SPACE}+")
