"""A list item wrapped onto the next line, set in under the item's text, is one item (real-PDF trial: the Japanese
New Maintainers' Guide, ``• sponsor (スポンサー): …公式Debianパッケージアーカイブ`` / ``にアップロードするのを手伝う人です。``:
142 items' wrapped lines were paragraphs of their own, since an indent opened a paragraph)."""

from __future__ import annotations

from pipeline.clean import clean
from pipeline.extract import extract
from pipeline.segment import segment
from pipeline.segment.conservation import conservation_problems
from tests.pdfmaker import EN, JA, drawn_pdf
from tests.segment_inputs import run_text

SIZE, LEFT, HANG, PITCH, CHARS = 10.0, 56.7, 8.5, 12.0, 46

INTRO = "本町では港の施設を順に更新しており、その担い手と役割を次のとおり定めている。各担当は年に一度見直す。"
ITEMS = [("港湾管理者（管理者）：岸壁と防波堤の点検計画を立て、毎年の予算に合わせて補修の順番を決める担当者です。"),
         ("協力事業者（事業者）：管理者が定めた計画に沿って、実際の補修工事と工事後の記録の作成を受け持つ人です。"),
         ("地域委員（委員）：住民の意見を集めて管理者に伝える人です。")]
AFTER = "以上の役割は、港の利用者にも掲示板で知らせている。"


def _pdf() -> bytes:
    runs, y = [], 760.0

    def line(x: float, text: str, bullet: bool = False):
        nonlocal y
        if bullet:
            runs.append((EN, SIZE, LEFT, y, "\u2022"))
        runs.append((JA, SIZE, x, y, text))
        y -= PITCH

    line(LEFT, INTRO[:CHARS + 1])
    line(LEFT, INTRO[CHARS + 1:])
    y -= 8
    for item in ITEMS:
        width = CHARS  # the item's text is set in by the bullet, so one character fewer fits
        line(LEFT + HANG, item[:width], bullet=True)
        rest = item[width:]
        while rest:
            line(LEFT + HANG, rest[:width])
            rest = rest[width:]
        y -= 8
    line(LEFT, AFTER)
    return drawn_pdf([runs])


def _paragraphs(doc) -> list[str]:
    """The talks' paragraphs, in sections or (no heading over them) in front."""
    return [p.text for talk in doc.talks for p in [*talk.front, *(p for s in talk.sections for p in s.paragraphs)]]


def test_a_pdf_items_wrapped_lines_join_the_item():
    cleaned = clean(extract(_pdf(), name="made-up.pdf"))
    doc = segment(cleaned)
    assert conservation_problems(cleaned, doc) == []
    paragraphs = _paragraphs(doc)
    for item in ITEMS[:2]:
        assert any(p.replace(" ", "").endswith(item) for p in paragraphs), paragraphs
    assert not any(p.startswith(("は担当者", "人です")) for p in paragraphs), paragraphs


def test_a_dumps_items_wrapped_lines_set_in_under_the_text_join_the_item():
    lines = ["港の担い手", "", INTRO[:CHARS], INTRO[CHARS:], ""]
    for item in ITEMS:
        lines += ["・" + item[:CHARS - 1], *["\u3000" + item[k:k + CHARS - 1] for k in range(CHARS - 1, len(item), CHARS - 1)]]
    lines += ["", AFTER]
    paragraphs = _paragraphs(run_text("\n".join(lines) + "\n"))
    for item in ITEMS[:2]:
        assert any(p.endswith(item) for p in paragraphs), paragraphs


def test_an_indented_paragraph_after_an_item_stays_apart():
    # a new paragraph indented by an ideographic space after an item that ends a sentence is no wrap
    lines = ["港の担い手", "", INTRO[:CHARS], INTRO[CHARS:], "", "・" + ITEMS[2], "\u3000" + AFTER]
    paragraphs = _paragraphs(run_text("\n".join(lines) + "\n"))
    assert any(p.endswith(ITEMS[2]) for p in paragraphs) and any(p.endswith(AFTER) for p in paragraphs), paragraphs
