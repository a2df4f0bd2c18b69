"""A name after a contact label is a name: the abstention fires there (issue 19 point 4, trial 54b).

Trial 54b's deck closed on ``桐生市 都市計画課　担当：森(cid:5120) 玲奈``; the surname's lost glyph was offered 林, 友,
田 … (``森林``). A contact line's label (``担当：``, ``担当者：``, ``連絡先：``, ``文責：``, ``作成者：``) names the person
answering for the text: the name after it is a person's name, never filled, as in a list of people. A department
in the same value (``担当：広報係 …``) is no name: a gap there is decided as any other.

Hand-labelled: each case's line, the gap's expected verdict (abstains: no candidates, not restored).
"""

from __future__ import annotations

import pytest

from pipeline.restore import restore_text

ABSTAINS = [
    "桐生市 都市計画課　担当：森(cid:5120) 玲奈",          # trial 54b: the surname
    "お問い合わせ\n担当者：(cid:77)田 花子",                   # the surname's first letter
    "連絡先：山本 (cid:78)子（内線 2301）",                    # the given name, an extension in brackets after it
    "文責：佐(cid:79) 健一",
    "作成者：高(cid:80) 美咲",
    "担当：都市計画課 森(cid:81) 玲奈",                       # a department before the name
]

DECIDED = [
    "担当：都市計(cid:82)課",                                  # a department alone is no name: 画 is offered
    "担当：広報(cid:83) 森 玲奈",                              # the department before the name (広報係, 広報課)
]


def _repair(text: str) -> dict:
    (repair,) = restore_text(text)["repairs"]
    return repair


@pytest.mark.parametrize("text", ABSTAINS)
def test_a_name_after_a_contact_label_is_never_filled(text):
    repair = _repair(text)
    assert repair["restored"] is None and repair["candidates"] == [], repair
    assert any(e["kind"] == "abstention" and "name" in e["detail"] for e in repair["evidence"]), repair


@pytest.mark.parametrize("text", DECIDED)
def test_a_contact_value_that_is_no_name_is_decided(text):
    repair = _repair(text)
    assert repair["candidates"], repair
    assert not any(e["kind"] == "abstention" for e in repair["evidence"]), repair


def test_a_number_after_a_contact_label_is_no_name():
    repair = _repair("連絡先：電話 0277-46-(cid:85)111")
    assert not any(e["kind"] == "abstention" for e in repair["evidence"]), repair


def test_a_contact_label_inside_a_sentence_says_nothing():
    # 担当 as a word of a sentence, no colon after it: no field, the gap is decided as before
    repair = _repair("各課の担当は森(cid:84)課長が決める。")
    assert not any("contact" in e["detail"] or "list of people" in e["detail"] for e in repair["evidence"])


def test_trial54b_contact_line_through_every_stage():
    from pipeline.clean import clean
    from pipeline.extract import extract
    from pipeline.restore import restore
    from pipeline.segment import segment

    text = ("地域公共交通の再編について\n\n令和7年3月\n桐生市 都市計画課\n\n1\n\fお問い合わせ\n"
            "桐生市 都市計画課　担当：森(cid:5120) 玲奈\n電話　0277-46-1111\n\n2\n")
    restored = restore(segment(clean(extract(text.encode("utf-8"), name="deck54.txt"))))
    repairs = [r for rt in restored.talks for r in rt.repairs if r.cids == (5120,) or list(r.cids) == [5120]]
    assert len(repairs) == 1 and repairs[0].restored is None and not repairs[0].candidates, repairs
