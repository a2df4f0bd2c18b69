"""A comma-separated file's records quoted in a text are no numbered headings (fresh-user trial 57: a README's
``1,Anna,Oslo`` became section 1 titled ``,Anna,Oslo``, the rest of the README its paragraphs)."""

from __future__ import annotations

import pytest

from segment_inputs import run_text


@pytest.mark.parametrize("rows", [["id,name,city", "1,Anna,Oslo", "2,Ben,Bergen"],
                                  ["no,item,price", "1,apples,120", "2,pears,150", "3,plums,90"],
                                  ["12,north,3.5", "13,south,4.0"]])
def test_csv_rows_make_no_sections(rows):
    text = "csvtidy\n\nRun it on a file:\n\n" + "\n".join("    " + r for r in rows) + "\n\nThe rows are written as read.\n"
    [talk] = run_text(text).talks
    assert not any(s.number for s in talk.sections), [(s.number, s.title.text) for s in talk.sections]


def test_numbered_headings_still_read():
    text = "A short report\n\n1. Introduction\n\nThe survey ran twice.\n\n2. Results\n\nRiders rose by a tenth.\n"
    [talk] = run_text(text).talks
    assert [s.number for s in talk.sections] == ["1", "2"]
