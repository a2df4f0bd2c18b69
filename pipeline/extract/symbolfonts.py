r"""The built-in encodings of the Symbol and ZapfDingbats fonts, as Unicode.

A simple font without an ``Encoding`` entry uses its font program's own
encoding. pdfminer.six reads the standard 14 fonts without one in
``StandardEncoding``, which is right for the Latin text fonts and wrong for
the two symbol fonts: a bullet drawn in ZapfDingbats (``l`` ●, ``n`` ■,
``m`` ❍, ``u`` ◆) or a Greek letter in Symbol (``a`` α) came out as the
ASCII letter of its code, and codes ``StandardEncoding`` leaves unused as
``(cid:N)``.

* Symbol: PDF 32000-1:2008, annex D.5 (the glyph names by code) read by the
  Adobe Glyph List, as Adobe's ``symbol.txt`` maps them; Greek capitals and
  ``mu`` as Greek letters (U+0394, U+03BC) rather than the increment and
  micro signs, the serif and sans forms of ®, © and ™ as those signs, and
  each character in its NFC form (``Omega`` Ω U+03A9, ``angleleft`` 〈 U+3008).
  Bracket and arrow pieces keep Adobe's private-use code points.
* ZapfDingbats: annex D.6. Unicode's Dingbats block (U+2700–27BF) was laid
  out in the code order of ITC Zapf Dingbats: code ``c`` of 0x21–0x7E is
  U+2700 + (c − 0x20), of 0xA1–0xFE U+2700 + (c − 0x40), and the ornamental
  brackets 0x80–0x8D are U+2768–2775; the glyphs Unicode already had
  elsewhere (☎ ★ ● ■ ▲ ▼ ◆ ◗, the card suits, ①–⑩, → ↔ ↕) left holes in the
  block and are read at their own code points (:data:`ZAPF_ELSEWHERE`).
"""

from __future__ import annotations

_SYMBOL_LOW = (" !∀#∃%&∋()∗+,−./0123456789:;<=>?≅ΑΒΧΔΕΦΓΗΙϑΚΛΜΝΟΠΘΡΣΤΥςΩΞΨΖ[∴]⊥_\uf8e5αβχδεφγηιϕκλμνοπθρστυϖωξψζ{|}∼")
_SYMBOL_HIGH = ("€ϒ′≤⁄∞ƒ♣♦♥♠↔←↑→↓°±″≥×∝∂•÷≠≡≈…\uf8e6\uf8e7↵ℵℑℜ℘⊗⊕∅∩∪⊃⊇⊄⊂⊆∈∉∠∇®©™∏√⋅¬∧∨⇔⇐⇑⇒⇓◊〈®©™∑"
                "\uf8eb\uf8ec\uf8ed\uf8ee\uf8ef\uf8f0\uf8f1\uf8f2\uf8f3\uf8f4\x00〉∫⌠\uf8f5⌡\uf8f6\uf8f7\uf8f8\uf8f9\uf8fa"
                "\uf8fb\uf8fc\uf8fd\uf8fe\x00")

#: Symbol's built-in encoding: code → character (annex D.5).
SYMBOL: dict[int, str] = {
    code: ch for start, row in ((0x20, _SYMBOL_LOW), (0xA0, _SYMBOL_HIGH)) for code, ch in enumerate(row, start) if ch != "\x00"
}

#: ZapfDingbats codes whose glyph Unicode had before its Dingbats block (the block's holes), and where it is.
ZAPF_ELSEWHERE: dict[int, str] = {
    0x25: "☎", 0x2A: "☛", 0x2B: "☞", 0x48: "★", 0x6C: "●", 0x6E: "■", 0x73: "▲", 0x74: "▼", 0x75: "◆", 0x77: "◗",
    0xA8: "♣", 0xA9: "♦", 0xAA: "♥", 0xAB: "♠", **{0xAC + k: chr(0x2460 + k) for k in range(10)},
    0xD5: "→", 0xD6: "↔", 0xD7: "↕",
}


def _zapf_dingbats() -> dict[int, str]:
    table = {0x20: " "}
    table.update({code: chr(0x2700 + code - 0x20) for code in range(0x21, 0x7F)})
    table.update({code: chr(0x2768 + code - 0x80) for code in range(0x80, 0x8E)})
    table.update({code: chr(0x2700 + code - 0x40) for code in range(0xA1, 0xFF) if code != 0xF0})
    table.update(ZAPF_ELSEWHERE)
    return table


#: ZapfDingbats' built-in encoding: code → character (annex D.6).
ZAPF_DINGBATS: dict[int, str] = _zapf_dingbats()


def builtin_encoding(basefont: str) -> dict[int, str] | None:
    """The built-in encoding of a Symbol or ZapfDingbats font by its ``BaseFont`` (a subset prefix
    ``ABCDEF+`` and a style suffix ignored), else ``None``.

    >>> builtin_encoding("Symbol")[0xB7], builtin_encoding("ABCDEF+ZapfDingbats")[0x6E], builtin_encoding("Helvetica")
    ('•', '■', None)
    >>> builtin_encoding("ZapfDingbats")[0x6D], builtin_encoding("ZapfDingbats")[0x6C], builtin_encoding("Symbol")[0x61]
    ('❍', '●', 'α')
    """
    name = basefont.split("+", 1)[-1].split(",", 1)[0].split("-", 1)[0]
    if name in ("Symbol", "SymbolMT"):
        return SYMBOL
    if name in ("ZapfDingbats", "ZapfDingbatsITC", "Dingbats"):
        return ZAPF_DINGBATS
    return None
