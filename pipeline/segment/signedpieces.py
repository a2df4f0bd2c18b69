"""A page of signed pieces under one masthead: letters to the editor, readers' comments, a newsletter's members' notes,
a Japanese paper's 投書欄 / 読者の声.

Each piece is a heading over its running text, closed by its writer's signature: a name alone on its line with where
the writer lives or what post they hold on the line or two under it (``Margaret O'Donnell`` / ``Little Hatherley``,
``Dr Anita Kowalczyk`` / ``Chair, Westbridge Civic Society``), a name run in with its place (``Mary Collins, Church
Road``), or a Japanese reader's bracketed line (``（会社員　55歳　山田 太郎）``, alone or closing the piece's last
paragraph). Where two signed pieces or more stand so, each heading heads a section of its own (the signature its
section's last paragraphs) and no one writer speaks for the page.

Why (issue 16 point 2, fresh-user trial 75d's ``f_letters_page.txt``, helper letter76): four signed letters had come
out as ``front`` and one section, the page's speaker the third letter's signer, and only a signature whose line under
the name is a post (:func:`~.sections.signed_off`) had closed its letter.
"""

from __future__ import annotations

import re
from typing import Sequence

from pipeline.chardata import JA, script_of
from pipeline.model import Text
from pipeline.segment.names import is_person_name
from pipeline.segment.sections import (MAX_DATED_HEADLINE, MIN_EN_HEADLINE_WORDS, _is_sentence_end, article_headline, long_headline, short_phrase,
                                       signer_post)
from pipeline.segment.titleblock import title_cased
from pipeline.segment.wraps_en import is_english_line

MIN_SIGNED_PIECES = 2
"""Signed pieces a page holds at least for their headings to be read as pieces' headings: one signed piece is a
letter, a foreword or an article, which the other rules read."""

MAX_SIGNATURE_TAIL = 2
"""Lines under a signer's name that say where the writer lives or what post they hold (``Chair, Westbridge Civic
Society``): more is an address or a contact box."""

MAX_TAIL_CHARS = 60
"""Characters a signature's place or post line has at most."""

_DASH = re.compile(r"^[—–\-―]+\s*")
_COUPLE = re.compile(r"^(?P<first>[A-Z][\w\ufffd'’.-]*)\s+(?:and|&)\s+(?P<rest>[A-Z][\w\ufffd'’.-]*(?:\s+[A-Z][\w\ufffd'’.-]*)+)$")
_JA_SIGNATURE = re.compile(r"[（(](?P<inner>[^（）()]{3,40})[）)]$")
"""A bracketed signature closing a line (``（会社員　55歳　山田 太郎）``), its pieces parted by ideographic spaces,
``・`` or ``、``."""
_JA_PIECES = re.compile(r"[\u3000・、,，／/]+")
_AGE = re.compile(r"^[0-9０-９]{1,3}(?:歳|才)?$")


def _english_name(text: str) -> bool:
    """``text`` names a writer: a person's name (:func:`~.names.is_person_name`, a lost glyph allowed), or a couple's
    (``Dennis and Ruth Okafor``: each given name before the shared surname).

    >>> _english_name("Dr Anita Kowal\\ufffdzyk"), _english_name("Den\\ufffdis and Ruth Okafor"), _english_name("Thank you to the porters")
    (True, True, False)
    """
    if is_person_name(text):
        return True
    m = _COUPLE.match(text)
    return m is not None and is_person_name(m.group("rest")) \
        and is_person_name(f"{m.group('first')} {m.group('rest').split()[-1]}")


def japanese_signature(text: str) -> bool:
    """``text`` ends on a Japanese reader's bracketed signature: a person's name among pieces parted by ideographic
    spaces or ``・`` (``（会社員　55歳　山田 太郎）``, ``（さくら台　無職　高橋 和子　76歳）``, ``（会員　小川 正明）``), the
    line wholly the signature or the piece's last sentence before it.

    >>> japanese_signature("（会社員　55歳　山田 太郎）"), japanese_signature("…と思います。（無職・72歳・佐藤 花子）")
    (True, True)
    >>> japanese_signature("（雨天中止）"), japanese_signature("会場は市民ホール（駅前）")
    (False, False)
    """
    s = text.strip()
    m = _JA_SIGNATURE.search(s)
    if m is None or (m.start() > 0 and not _is_sentence_end(s[:m.start()])):
        return False
    pieces = [p.strip() for p in _JA_PIECES.split(m.group("inner")) if p.strip()]
    if len(pieces) < 2:
        return False
    named = [p for p in pieces if not _AGE.match(p) and is_person_name(p) and script_of(p) == JA]
    return len(named) == 1


def _english_signer(text: str) -> bool:
    """``text`` is a signer's line: a name (after a dash, ``— Alan Treharne``), or a name run in with its place or post
    (``Mary Collins, Church Road``)."""
    s = _DASH.sub("", text.strip())
    if not s or not is_english_line(s):
        return False
    name, comma, rest = s.partition(",")
    if comma:
        return _english_name(name.strip()) and _tail(rest)
    return _english_name(s)


def _tail(text: str) -> bool:
    """``text`` may say where a writer lives or what post they hold: a short title-cased phrase or a capitalised word
    (``Little Hatherley``, ``Oakmere``, ``Chair, Westbridge Civic Society``, ``Allotment 7``), or a post."""
    s = text.strip()
    if not 0 < len(s) <= MAX_TAIL_CHARS or _is_sentence_end(s) or not is_english_line(s) or s.endswith((",", ":", ";")):
        return False
    words = s.split()
    return signer_post(s) or title_cased(s) or (len(words) == 1 and s[:1].isupper()) \
        or all(w[:1].isupper() or w[:1].isdigit() for w in words)


def _running(lines: Sequence[Text], k: int, over: str = "") -> bool:
    """``lines[k]`` is running text: a sentence's end closing it, longer than ``over``."""
    return 0 <= k < len(lines) and _is_sentence_end(lines[k].text) and len(lines[k].text.strip()) > len(over.strip())


def signature_end(lines: Sequence[Text], k: int) -> int | None:
    """The index past the signature that opens on ``lines[k]`` and closes a piece, else ``None``: a writer's line
    (:func:`_english_signer`) right under a sentence's end with up to :data:`MAX_SIGNATURE_TAIL` place or post lines
    under it (:func:`_tail`; a line over running text is the next piece's heading, none of them), or a Japanese
    bracketed signature (:func:`japanese_signature`), on its own line or closing the piece's paragraph.

    >>> mk = lambda *ss: [Text.inserted(s) for s in ss]
    >>> ls = mk("I urge you to respond.", "Margaret O'Donnell", "Little Hatherley", "Thank you to the porters", "I want to thank them all.")
    >>> signature_end(ls, 1), signature_end(ls, 2)
    (3, None)
    """
    text = lines[k].text.strip()
    if japanese_signature(text):
        whole = _JA_SIGNATURE.match(text) is not None
        return k + 1 if not whole or (k and _is_sentence_end(lines[k - 1].text)) else None
    if not k or not _is_sentence_end(lines[k - 1].text) or not _english_signer(text):
        return None
    end = k + 1
    while end < len(lines) and end - k <= MAX_SIGNATURE_TAIL and "," not in text and _tail(lines[end].text) \
            and (not _running(lines, end + 1, lines[end].text) or _piece_heading(lines, end + 1)):
        end += 1
    return end


def _piece_heading(lines: Sequence[Text], h: int) -> bool:
    """``lines[h]`` heads a piece: a headline's shape (a short phrase, a newsletter's headline or a long title-cased
    one), no name nor signature, over the piece's running text (a Japanese reader's signature closing it set aside)."""
    s = lines[h].text.strip()
    # (an English headline may end on its preposition, ``A path worth fighting for``: a line of its own over a
    # paragraph, no wrapped line going on)
    # (a question heads its piece as well, ``Who will mend the sea wall?``)
    question = s.endswith(("?", "？")) and len(s) <= MAX_DATED_HEADLINE and s.count("?") + s.count("？") == 1
    shaped = short_phrase(s) or article_headline(s) or long_headline(s) or question \
        or (len(s) <= MAX_DATED_HEADLINE and len(s.split()) >= MIN_EN_HEADLINE_WORDS and is_english_line(s)
            and s[:1].isupper() and not _is_sentence_end(s) and not s.endswith((",", ":", ";", "-")))
    if h + 1 >= len(lines) or not shaped or is_person_name(s) or japanese_signature(s):
        return False
    under = lines[h + 1].text.strip()
    if (m := _JA_SIGNATURE.search(under)) is not None and m.start() and japanese_signature(under):
        under = under[:m.start()]
    return _is_sentence_end(under) and len(under) > len(s)


def signed_pieces(lines: Sequence[Text]) -> list[tuple[int, int, int]]:
    """The signed pieces of a page, ``(heading, signature's line, index past the signature)`` each, in order; empty
    unless :data:`MIN_SIGNED_PIECES` pieces or more are headed and signed so. A piece is its heading
    (:func:`_piece_heading`), its running text (one paragraph or more, each closing a sentence) and its signature
    (:func:`signature_end`); the first piece's heading is the line over its running text, each later one stands right
    under the signature before it.

    >>> mk = lambda *ss: [Text.inserted(s) for s in ss]
    >>> page = mk("Bus cuts will cut off our villages", "The plan will leave us with no bus at all on Sundays.",
    ...           "Margaret O'Donnell", "Little Hatherley", "Thank you to the hospital porters",
    ...           "Last month my husband spent nine days at the hospital.", "Peter Halloran", "Oakmere")
    >>> signed_pieces(page)
    [(0, 2, 4), (4, 6, 8)]
    >>> signed_pieces(page[:4])  # one signed letter: the other rules read it
    []
    """
    found: list[tuple[int, int, int]] = []
    k = 1
    while k < len(lines):
        end = signature_end(lines, k)
        if end is None:
            k += 1
            continue
        lo = found[-1][2] if found else 0
        # the signature alone on its line closes the text over it; run in, it closes its own paragraph
        h = k - 1
        while h > lo and _running(lines, h):
            h -= 1
        if h >= lo and (h == lo or not found) and h < k and _piece_heading(lines, h):
            found.append((h, k, end))
        k = end
    return found if len(found) >= MIN_SIGNED_PIECES else []


def signed_piece_heads(lines: Sequence[Text]) -> set[int]:
    """The headings of a page's signed pieces (:func:`signed_pieces`)."""
    return {h for h, _, _ in signed_pieces(lines)}
