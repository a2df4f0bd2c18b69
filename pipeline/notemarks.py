"""The marks of a footnote: the characters that call a note in the text and open the note itself, in one place.

Extract reads them where a PDF's page ends on notes no rule sets apart (:mod:`pipeline.extract.footnotes`), segment
where a text dump's notes stand (:mod:`pipeline.segment.notes`) and where a note's call closes a sentence
(:mod:`pipeline.segment.wraps_en`). A note is called and opened by

* a number in superscript digits (``…in 1998.¹``, ``¹ See …``; extract writes a raised small digit so:
  :mod:`pipeline.extract.superscripts`);
* a footnote symbol, in the order LaTeX's ``\\fnsymbol`` prints them, ``*`` ``†`` ``‡`` ``§`` ``¶`` (TeX's math
  asterisk is U+2217 ``∗``; some classes print the math star ``⋆``), up to three of them (``**``, ``††``, ``⋆⋆``);
* a number in square brackets (``…in 2009.[1]``, ``[1] …``);
* in Japanese text, the reference mark alone or with its number (``※``, ``※1``) or an asterisk with its number
  (``＊1``, ``*1``);
* in a dump that lost the superscript, a plain number glued to the punctuation after a word (``overlap.1``) calling
  a note that opens on that number (``1 Overlap values …``): :data:`PLAIN_CALL`, :data:`PLAIN_NOTE`.
"""

from __future__ import annotations

import re

SUPERSCRIPT_DIGITS = "\u2070\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079"
"""The superscript digits ``⁰¹²³⁴⁵⁶⁷⁸⁹``, each at its digit's index."""
NOTE_SYMBOLS = "*\u2217\u22c6\u2020\u2021\u00a7\u00b6"
"""The footnote symbols ``*`` ``∗`` ``⋆`` ``†`` ``‡`` ``§`` ``¶`` (the math star: elsarticle's title notes, MNRAS's
``\\thanks``)."""
DUMP_NOTE_SYMBOLS = NOTE_SYMBOLS.replace("\u00b6", "")
"""The footnote symbols a text dump's note is read by: not the pilcrow, which a dump shows as a paragraph's mark (a
word processor's formatting marks), as often as a note's."""

SUPERSCRIPT_CALL = rf"[{SUPERSCRIPT_DIGITS}]{{1,3}}"
SYMBOL_CALL = rf"[{re.escape(DUMP_NOTE_SYMBOLS)}]{{1,3}}"
BRACKETED_CALL = r"\[[0-9]{1,2}\]"
JAPANESE_CALL = r"※[0-9０-９]{0,2}|[＊*∗][0-9０-９]{1,2}"
NOTE_LABEL = re.compile(r"^\s*[(（]?(?:(?:注|註|脚注|補注|原注|訳注)\s?[0-9０-９]{1,3}|※[0-9０-９]{1,2}|[＊*][0-9０-９]{1,2})[)）]?(?=[ \u3000])")
"""A Japanese note's label opening its line, before the note's text (``注1 大垣市…``, ``注２　…``, ``※1 …``, ``(注3) …``,
``*1 …``): the space after it parts the label from the note."""
CALL = rf"{JAPANESE_CALL}|{SUPERSCRIPT_CALL}|[{re.escape(DUMP_NOTE_SYMBOLS)}＊]{{1,3}}|{BRACKETED_CALL}"
"""A note's call in a dump's text, or its mark opening the note (a regular expression's alternatives): a number
in superscript digits, one to three footnote symbols (the full-width asterisk too), a bracketed number, a Japanese
reference mark."""
PLAIN_CALL = re.compile(r"(?<=[a-z]{3}[.,;:])([1-9][0-9]?)(?=\s|$)")
"""A note's call in plain digits, as a dump shows a superscript it lost: glued to the punctuation after a word of
three small letters or more (``…varied with overlap.1 Flights took …``). An abbreviation's number is spaced
(``Fig. 1``) or follows a short or capitalised word (``p.1``, ``No.1``, ``Eq.1``); a decimal (``3.14``) has a digit
before its point."""
PLAIN_NOTE = re.compile(r"^([1-9][0-9]?)[ \t]+(?=[A-Z][a-z])")
"""A note's mark in plain digits at an English line's start (``1 Overlap values are …``): a note only where a
:data:`PLAIN_CALL` in the body calls its number, as a numbered heading or list item is called by nothing."""
CALL_AFTER_SENTENCE = re.compile(rf"(?<=[.!?。．！？\"'”’)\]])(?:{SUPERSCRIPT_CALL}|{SYMBOL_CALL}|\[[0-9]{{1,3}}\])$")
"""A note's call closing a line after a sentence's mark (``…record.*``, ``…in 1998.¹``, ``…in 2009.[1]``), or a
citation's (``….[123]``: a reference list may run past 99 entries, a dump's notes never do): the sentence ends
before it."""
