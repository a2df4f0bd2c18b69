"""A notice's foot under its ``以上``: a one-line contact labelled ``担当`` without brackets is the closing contact, front
matter as ``（担当）…`` is (fresh-user trial 57: ``担当　環境保全課　清掃係　電話　０８５２－５５－５６７１`` and
``担当：美幌町経済部…　電話（0152）73-1111`` had stayed, with ``以上``, the last item's paragraphs). Made-up notices."""

from __future__ import annotations

import pytest

from segment_inputs import run_text

NOTICE = """{number}
令和７年４月１５日
各自治会長　様
{city}長　山田　太郎
春季一斉清掃の実施について（通知）
　日頃より市政の推進にご協力を賜り、厚くお礼申し上げます。下記のとおり実施します。
記
１　実施日時　令和７年５月１８日（日）午前８時から
２　対象区域　市内全域の道路及び公園
３　雨天の場合　５月２５日（日）に延期します。
以上
{foot}
"""


@pytest.mark.parametrize("number,city,foot", [
    ("松総第１２３号", "松江市", "担当　環境保全課　清掃係　電話　０８５２－５５－５６７１"),
    ("美総発第８８号", "美幌町", "担当：美幌町経済部商工観光グループ　電話（0152）73-1111"),
    ("港環第４５号", "港南市", "担当者　環境課　佐藤　TEL 045-123-4567"),
])
def test_the_labelled_one_line_contact_and_its_mark_are_front(number, city, foot):
    [talk] = run_text(NOTICE.format(number=number, city=city, foot=foot)).talks
    front = [p.text for p in talk.front]
    assert "以上" not in front and any(t.startswith("担当") for t in front), front  # 以上 a ledger row (front68)
    last = talk.sections[-1]
    assert [p.text for p in last.paragraphs] == ["5月25日（日）に延期します。"], [p.text for p in last.paragraphs]


def test_a_person_named_with_no_means_of_contact_stays_the_item_s():
    """``担当　山田 一郎`` names whom to ask but no way to: no contact block, so it stays where the text puts it."""
    text = NOTICE.format(number="港環第４５号", city="港南市", foot="").replace("以上\n", "４　担当　山田 一郎\n")
    [talk] = run_text(text).talks
    assert not any(p.text.startswith("担当") for p in talk.front)
