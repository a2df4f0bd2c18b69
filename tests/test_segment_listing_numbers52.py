"""A code listing's numbered lines are no headings (helper pdf52, CQUThesis' example): its line numbers of blank
lines run together on a line of their own (``2 3``) and go on the count, and a line in a monospaced face between two
numbered lines whose number stood on the line before (``import pandas as pd``) does not break it. The listing's
first line, a comment set in the text's face (``1 # 这是一行注释``), had been section 1 under appendix D."""

from __future__ import annotations

from pipeline.model import LineLayout, Text
from pipeline.segment.layout import Layout
from pipeline.segment.sections import listing_lines

SONG, MONO, TIMES = "ADCIJN+SimSun", "VJHSFO+NimbusMonL-Regu", "VHFTUH+TeXGyreTermes-Regular"


def _read(rows):
    lines = [Text.from_raw(text, n) for n, (text, _, _) in enumerate(rows, 1)]
    layout = Layout(tuple(LineLayout(page=1, indent=0, width=len(text), x0=90.0, y0=700.0 - 12 * n, x1=300.0,
                                     y1=709.0 - 12 * n, size=size, font=font)
                          for n, (text, font, size) in enumerate(rows)), ())
    return listing_lines(lines, layout)


BODY = [("以下是一段供排版测试的Python程序源代码，请大家仔细阅读并在实际工作中使用。", SONG, 12.0)] * 3


def test_a_listing_with_its_blank_lines_numbers_run_together_is_one_listing():
    rows = BODY + [("1 # 这是一行注释", "LPJCLB+FangSong", 9.0), ("2 3", TIMES, 6.5), ("import pandas as pd", MONO, 9.0),
                   ("4 import matplotlib.pyplot as plt", MONO, 9.0), ("5 import numpy as np", MONO, 9.0),
                   ("6 7", TIMES, 6.5), ("summary = pd.DataFrame()", MONO, 9.0),
                   ("8 for name, group in pool:", MONO, 9.0)] + BODY
    assert sorted(_read(rows)) == list(range(3, 11))


def test_numbered_headings_with_text_between_are_no_listing():
    rows = [("1 Introduction", SONG, 14.0)] + BODY + [("2 Method", SONG, 14.0)] + BODY + [("3 Results", SONG, 14.0)]
    assert _read(rows) == set()


def test_prose_lines_between_numbered_lines_break_the_count():
    rows = [("1 第一步", SONG, 12.0), ("说明文字。", SONG, 12.0), ("2 第二步", SONG, 12.0), ("说明文字。", SONG, 12.0),
            ("3 第三步", SONG, 12.0)] + BODY
    assert _read(rows) == set()
