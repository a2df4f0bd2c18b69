"""A closing contact block (issue 16, trial 25: ``問い合わせ先`` / ``担当：…`` / ``電話：…``, ``Contact`` / ``Phone: …``):
under its heading (one no number counts) or without one, the closing block (``front_closing``; a section of its own
under its heading until helper close82), each line apart; its lines are never joined into prose, and its English lines start no slides."""

from __future__ import annotations

from tests.segment_documents import NEWSLETTER
from tests.segment_inputs import run_text


def _with_contact(text: str, block: str) -> str:
    return text + "\n" + block


JA_CONTACT = """\
以上

お問い合わせ
みどり町町内会 事務局
担当：川村 和子
TEL　０３－１２３４－５６７８
E-mail: midori@example.jp
"""


def _closing(talk) -> list[str]:
    return [talk.front[i].text for i in talk.front_closing]


def test_a_closing_contact_block_under_its_heading_is_the_closing_block_line_by_line() -> None:
    """Trial 25: the contact block stayed paragraphs of the last ``■`` section, and its English lines (``TEL …``,
    ``E-mail: …``) were read as a slide deck's cover, the talk's English title. It had been a section of its own
    since; under a heading no number counts it is the closing block, each line apart (decision reversed, issue 16,
    helper close82 after fresh-user trial 80d)."""
    doc = run_text(_with_contact(NEWSLETTER, JA_CONTACT))
    [talk] = doc.talks
    assert talk.shape == "paper" and not talk.slides and talk.title.en is None
    assert [s.title.text for s in talk.sections] == ["夏祭りの準備について", "避難訓練のお知らせ", "回覧板の回し方"]
    assert _closing(talk) == [
        "お問い合わせ", "みどり町町内会 事務局", "担当：川村 和子", "TEL\u300003-1234-5678", "E-mail: midori@example.jp"]
    # ``以上`` over the contact block closes the body: no paragraph of the last section, a ledger row (decision of
    # helper notes55, trial 55b; it had been pinned here as the last section's paragraph)
    assert [p.text for p in talk.sections[-1].paragraphs] == ["回覧板は、読んだらすぐ次のお宅へ回してください。"]
    assert "以上" not in [t.text for t in talk.front]  # a ledger row since helper front68


def test_a_closing_contact_block_without_a_heading_is_front_matter() -> None:
    """Its fields are closing fields: ``front``, where the closing fields of minutes go, each line apart."""
    [talk] = run_text(_with_contact(NEWSLETTER, "担当：川村 和子\n電話：０３－１２３４－５６７８\n")).talks
    assert [p.text for p in talk.sections[-1].paragraphs] == ["回覧板は、読んだらすぐ次のお宅へ回してください。"]
    assert [t.text for t in talk.front][-2:] == ["担当：川村 和子", "電話：03-1234-5678"]


EN_REPORT = """\
Community Garden Annual Report

1. Membership
The garden had forty-two members this year, six more than last year. Most plots were taken by families
living within walking distance of the site.

2. Finances
Plot fees covered the cost of water and tools. A grant from the council paid for the new shed.

Contact
Community Garden Committee
Jane Whitfield, Secretary
Phone: 01632 960 123
E-mail: garden@example.org
"""


def test_an_english_contact_block_under_its_heading_is_the_closing_block_line_by_line() -> None:
    [talk] = run_text(EN_REPORT).talks
    assert [(s.number, s.title.text) for s in talk.sections] == [("1", "Membership"), ("2", "Finances")]
    assert _closing(talk) == [
        "Contact", "Community Garden Committee", "Jane Whitfield, Secretary", "Phone: 01632 960 123", "E-mail: garden@example.org"]


def test_an_english_contact_block_without_a_heading_is_front_matter() -> None:
    """As before (a closing field after the numbering, issue 16's minutes): the two rules agree."""
    text = EN_REPORT.replace("Contact\nCommunity Garden Committee\nJane Whitfield, Secretary\n", "")
    [talk] = run_text(text).talks
    assert [p.text for p in talk.sections[-1].paragraphs] == [
        "Plot fees covered the cost of water and tools. A grant from the council paid for the new shed."]
    assert [t.text for t in talk.front][-2:] == ["Phone: 01632 960 123", "E-mail: garden@example.org"]


def test_text_that_only_mentions_a_telephone_keeps_its_place() -> None:
    """Do no harm: a last paragraph that asks readers to call, or one means of contact alone, stays the section's."""
    text = NEWSLETTER + "\n■ お願い\n　ご不明な点は、電話で事務局までお問い合わせください。\n電話：０３－１２３４－５６７８\n"
    [talk] = run_text(text).talks
    assert talk.sections[-1].title.text == "お願い"
    assert [p.text for p in talk.sections[-1].paragraphs] == [
        "ご不明な点は、電話で事務局までお問い合わせください。", "電話：03-1234-5678"]


NUMBERED_NOTICE = """\
市民講座のお知らせ

1．日時
5月10日（土）午前10時から

2．申込方法
電話：０１２３－４５－６７８９
ファクス：０１２３－４５－６７９０

3．問い合わせ先
みどり市 生涯学習課
電話　０１２３－４５－６７００
"""


def test_fields_under_a_numbered_heading_stay_that_sections_text() -> None:
    """Do no harm: a numbered ``問い合わせ先`` heads its block as before, and fields that are all of a section's text
    (``申込方法`` over ``電話：…`` / ``ファクス：…``) are never taken out of it."""
    for text in (NUMBERED_NOTICE, NUMBERED_NOTICE[:NUMBERED_NOTICE.index("\n3．")] + "\n"):
        [talk] = run_text(text).talks
        paragraphs = {s.title.text: [p.text for p in s.paragraphs] for s in talk.sections}
        assert paragraphs["申込方法"] == ["電話：0123-45-6789", "ファクス：0123-45-6790"]
        assert [t.text for t in talk.front] == []
    [talk] = run_text(NUMBERED_NOTICE).talks
    assert [p.text for p in talk.sections[-1].paragraphs] == ["みどり市 生涯学習課", "電話\u30000123-45-6700"]
