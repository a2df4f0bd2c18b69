"""One-page PDFs for tests/test_segment_place63.py: a page printed from a volume, its head and folio set small, and
near misses (fresh-user trial 62d's 07_ja_para.pdf kind)."""

from __future__ import annotations

from pdfmaker import EN, JA, drawn_pdf

BODY_JA = ["本市では、駅前の空き地を活用して地域の交流拠点を整備し、2024年に開設した。開設後の",
           "一年間で延べ二万人が利用し、利用者の三割が市外からの来訪であった。周辺の商店では",
           "来訪者による買い物が増え、平日の通行量は開設前と比べて一割ほど増加した。"]


def _page(head, title, byline, body, folio, *, body_size=11.0, top=800.0, gap=42.0, font=JA, letter=False):
    """Runs of one page: ``head`` (text, size, x) at ``top`` or None, the title ``gap`` points under it, a byline,
    the body lines and ``folio`` (text, size) centred at the foot or None."""
    width = 612.0 if letter else 595.28
    runs = []
    if head is not None:
        text, size, x = head
        runs.append((font, size, x, top, text))
    y = top - gap
    runs.append((font, 15.0, 60, y, title))
    y -= 24
    runs.append((font, body_size, 60, y, byline))
    y -= 30
    for line in body:
        runs.append((font, body_size, 60, y, line))
        y -= 17
    if folio is not None:
        text, size = folio
        runs.append((font, size, width / 2 - 4, 30, text))
    return drawn_pdf([runs], size=(width, 792.0) if letter else (595.28, 841.89))


def volume_page_ja() -> bytes:
    return _page(("北上市 事例集 第3号", 8.0, 60), "駅前空き地を活用した交流拠点の整備", "北上市まちづくり課　主任　佐々木 恵",
                 BODY_JA, ("1", 8.0))


def volume_page_en() -> bytes:
    body = ["The city opened a community hub on a vacant lot by the station in 2024. In its first",
            "year some twenty thousand visits were made, three in ten of them from outside the city,",
            "and shops nearby saw more customers on weekdays than before the hub opened."]
    return _page(("Proceedings of the Regional Planning Forum 2026", 9.0, 60), "A Community Hub by the Station",
                 "Emma Clarke, Riverside City Council", body, ("- 1 -", 9.0), body_size=10.5, font=EN, letter=True,
                 top=750.0)


def volume_page_right_head() -> bytes:
    return _page(("環境白書 2025 ｜ 第2部 事例", 7.5, 380), "河川敷の緑地再生と市民参加", "みどり市環境政策課　課長　高田 明",
                 BODY_JA, ("1", 8.0), body_size=10.5, gap=50.0)


def kicker_over_title() -> bytes:
    """A label set over the title in its own size (9.5 pt), a folio in 8 pt: the document's own line."""
    return _page(("研究ノート", 9.5, 60), "駅前空き地を活用した交流拠点の整備", "北上市まちづくり課　主任　佐々木 恵",
                 BODY_JA, ("1", 8.0))


def head_without_folio() -> bytes:
    """The volume's head with no folio at the foot: nothing shows the page is a volume's."""
    return _page(("北上市 事例集 第3号", 8.0, 60), "駅前空き地を活用した交流拠点の整備", "北上市まちづくり課　主任　佐々木 恵",
                 BODY_JA, None)


def head_close_to_title() -> bytes:
    """A small line right over the title (under 1.5 body sizes of white): a date or a kicker, the document's own."""
    return _page(("2026年4月1日", 8.0, 60), "駅前空き地を活用した交流拠点の整備", "北上市まちづくり課　主任　佐々木 恵",
                 BODY_JA, ("1", 8.0), gap=22.0)


POSITIVE = {"volume_page_ja": volume_page_ja, "volume_page_en": volume_page_en,
            "volume_page_right_head": volume_page_right_head}
NEGATIVE = {"kicker_over_title": kicker_over_title, "head_without_folio": head_without_folio,
            "head_close_to_title": head_close_to_title}
