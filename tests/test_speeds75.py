"""Issue 16 point 8 (helper speeds75): the segment stage stays linear in the document's length.

Two reads had made the stage quadratic, each asked at many lines and each reading the whole document again:

1. ``breakheads.title_copies_at_folios`` read a title block (``title_of``, the stage's costliest read) at every line
   of the document to find the titles a running head may copy, where only the lines with the very text of a
   candidate head, over it, can be one: a quarter of the stage's time on the benchmark's corpus.
2. ``talks._slides_follow`` listed every non-blank line over each block read to keep the nearest three.

The tests count the reads (no clock): what each function asks of a long document stays bounded by what it needs.
The answers are the same as before (near misses: both codes give them).
"""

from __future__ import annotations

from pipeline.model import Text
from pipeline.segment.breakheads import title_copies_at_folios
from pipeline.segment.talks import RETURN_LINES, _slides_follow
from pipeline.segment.titleblock import Block


def mk(*ss):
    return [Text.from_raw(s, n) for n, s in enumerate(ss, 1)]


TITLE = "Community Car Clubs in the Highlands"
PROSE = "Members drove a fifth fewer miles in the first year, and a third of the households"


def _volume(pages: int) -> list[Text]:
    """A title, then ``pages`` pages of prose, each break a folio with the title again as the next page's head."""
    lines = [TITLE, "Fiona Ross"]
    for page in range(pages):
        lines += [PROSE] * 20 + [str(page + 1), TITLE, "sold a second car."]
    return mk(*lines)


def test_title_blocks_read_only_where_a_head_copies_the_line():
    lines = _volume(30)
    numbers = {k: int(t.text) for k, t in enumerate(lines) if t.text.isdigit()}
    asked: list[int] = []

    def title_of(k: int) -> int | None:
        asked.append(k)
        return 0 if k == 0 else None

    heads = title_copies_at_folios(lines, numbers, {}, title_of)
    assert sorted(heads) == [k + 1 for k in numbers]  # every copy of the title beside a folio is its page's head
    assert set(heads.values()) == {"running-header"}
    # only the lines whose text is the title's are asked (the first, and the copies over each head), once each
    assert sorted(set(asked)) == sorted(asked)
    assert set(asked) <= {k for k, t in enumerate(lines) if t.text == TITLE}


def test_no_title_block_read_without_a_head_candidate():
    lines = mk(TITLE, "Fiona Ross", *([PROSE] * 200))  # no folio: no candidate, nothing to read
    asked: list[int] = []
    assert title_copies_at_folios(lines, {}, {}, lambda k: asked.append(k)) == {}
    assert asked == []


def test_title_copy_needs_a_title_block_over_it():  # near miss: the same text, no title block read there
    lines = _volume(3)
    numbers = {k: int(t.text) for k, t in enumerate(lines) if t.text.isdigit()}
    assert title_copies_at_folios(lines, numbers, {}, lambda k: None) == {}


class _Counted(list):
    """A list of lines that counts the lines read from it."""

    def __init__(self, items):
        super().__init__(items)
        self.reads = 0

    def __getitem__(self, k):
        self.reads += 1
        return super().__getitem__(k)


def _over_slides(above: int):
    """``above`` lines of English slides, a Japanese block returning from them, then English slides with a folio."""
    english = ["Harbour traffic fell by a third", "", "Ferries ran twice an hour"] * (above // 3)
    rest = ["港町の国際交流", "山田 太郎", "Port traffic", "Ferry timetable", "Cargo volume", "3"]
    lines = _Counted(mk(*english, *rest))
    scripts = ["en" if all(ord(c) < 128 for c in t.text) else "ja" for t in lines]
    start = len(english)
    block = Block(start, start + 2, title=start, speaker=(start + 1,), cues=("title", "speaker", "return"))
    return lines, scripts, block


def test_slides_follow_reads_the_nearest_lines_over_the_block_only():
    short_lines, scripts, block = _over_slides(30)
    assert _slides_follow(short_lines, scripts, block)
    long_lines, scripts, block = _over_slides(3000)
    assert _slides_follow(long_lines, scripts, block)  # the same answer
    # the lines read over the block are the nearest ones, however long the document over it
    assert long_lines.reads == short_lines.reads
    assert long_lines.reads < 4 * RETURN_LINES + 2 * 12


def test_slides_follow_reads_nothing_over_a_block_with_no_return():  # a block that is no return from slides
    lines, scripts, block = _over_slides(3000)
    from dataclasses import replace

    assert not _slides_follow(lines, scripts, replace(block, cues=("title", "speaker")))
    assert lines.reads == 0
