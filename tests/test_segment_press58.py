"""A press release's closing contact block is front matter (issue 16, helper prog58).

A release that says it is one over its headline (``報道発表資料``, ``記者発表資料``, ``プレスリリース``, ``FOR IMMEDIATE
RELEASE``, ``NEWS RELEASE``) closes on whom the press may ask (``【本件に関するお問い合わせ】``, ``＜問い合わせ先＞``,
``報道関係者のお問い合わせ``, ``Media contact:``, ``For more information, contact:`` over an office, a person, a
telephone and an e-mail): the release's, as its label and date are, so ``front``, as a notice's contact without a
heading is; no section. A contact block without a heading under a release with no heading at all is front too (it
had become the last paragraphs of the release's unheaded body). A contact heading in the middle of a release,
sections after it, and a newsletter's closing contact stay as they were.

Every document is made up; the same inputs are in ``/work/regress/in_prog58/``.
"""

from __future__ import annotations

import pytest

from tests.segment_inputs import run_text

JA_BRACKET = """\
報道発表資料
令和７年１１月５日
西浜市環境部ごみ減量推進課

西浜市のごみ排出量が過去最少になりました

令和６年度の市内のごみ排出量は約８万２千トンで、統計を取り始めてから最も少なくなりました。
市民の皆さまの分別へのご協力に感謝します。

１　排出量の推移
令和６年度は前年度より約３千トン減りました。

２　今後の取り組み
食品ロスを減らす啓発を続けます。

【本件に関するお問い合わせ】
西浜市環境部ごみ減量推進課
担当：石川、上田
電話：0456-78-9012
"""

JA_ANGLE = """\
記者発表資料
令和８年１月１５日
東川市観光部

東川温泉まつりを開催します

東川温泉の開湯百年を記念して、温泉まつりを開催します。

１　日時
令和８年２月１４日（土）午前１０時から

２　会場
東川温泉街一帯

＜問い合わせ先＞
東川市観光部観光課
担当：森田
電話：0123-45-6789
"""

JA_PRESS = """\
プレスリリース
２０２６年３月２日
みなと水族館

みなと水族館にペンギンのひなが生まれました

２月２５日、みなと水族館でフンボルトペンギンのひなが生まれました。
ひなは元気に育っており、３月中旬から一般公開する予定です。

公開の予定
３月１５日（日）から、ペンギン館で公開します。

報道関係者のお問い合わせ
みなと水族館　広報担当　山中
電話：03-9876-5432
メール：press@minato-aquarium.example
"""

EN_MEDIA = """\
FOR IMMEDIATE RELEASE

Northfield Library Opens Its New Children's Wing

Northfield Library today opened a new children's wing with three reading rooms and a story garden.

About Northfield Library
Northfield Library serves 40,000 readers and runs 12 reading clubs.

Media contact:
Northfield Library Communications Office
Sam Turner, Press Officer
Phone: 01632 960 555
E-mail: press@northfield-library.example
"""

EN_MORE = """\
NEWS RELEASE

Eastport Ferry Adds Evening Sailings

EASTPORT, Canada — May 12, 2026 — Eastport Ferry will add two evening sailings from June 1, the company said today.

The new sailings leave at 7 pm and 9 pm and return an hour later.

Timetable
The full summer timetable is on the company's website.

For more information, contact:
Eastport Ferry Customer Office
Laura Chen
Tel: +1 902 555 0199
E-mail: info@eastportferry.example
"""

RELEASES = [
    # (a Japanese release's lead before its headed items is its untitled body section too: helper fix70f, session 70)
    (JA_BRACKET, ["", "排出量の推移", "今後の取り組み"],
     ["【本件に関するお問い合わせ】", "西浜市環境部ごみ減量推進課", "担当：石川、上田", "電話：0456-78-9012"]),
    (JA_ANGLE, ["", "日時", "会場"], ["＜問い合わせ先＞", "東川市観光部観光課", "担当：森田", "電話：0123-45-6789"]),
    (JA_PRESS, ["公開の予定"],
     ["報道関係者のお問い合わせ", "みなと水族館\u3000広報担当\u3000山中", "電話：03-9876-5432", "メール：press@minato-aquarium.example"]),
    # the story before its boilerplate heading is its body (helper press66: it had been front)
    (EN_MEDIA, ["", "About Northfield Library"],
     ["Media contact:", "Northfield Library Communications Office", "Sam Turner, Press Officer", "Phone: 01632 960 555",
      "E-mail: press@northfield-library.example"]),
    (EN_MORE, ["", "Timetable"],
     ["For more information, contact:", "Eastport Ferry Customer Office", "Laura Chen", "Tel: +1 902 555 0199",
      "E-mail: info@eastportferry.example"]),
]


@pytest.mark.parametrize(("text", "titles", "contact"), RELEASES, ids=["bracket", "angle", "for-the-press", "media", "more-info"])
def test_a_press_releases_closing_contact_is_front(text, titles, contact) -> None:
    [talk] = run_text(text).talks
    assert [s.title.text for s in talk.sections] == titles
    assert [t.text for t in talk.front][-len(contact):] == contact
    paragraphs = [p.text for s in talk.sections for p in s.paragraphs]
    assert not any(c in paragraphs for c in contact)


NO_HEADING = """\
記者発表資料
令和８年２月３日
北浦市観光部観光振興課

北浦市雪まつりの来場者数について

令和８年１月２５日に閉幕した雪まつりの来場者数をお知らせします。
期間中の来場者数は約６万２千人でした。

{contact}
担当：北浦市観光部観光振興課　山田
電話：0138-00-0000
"""


@pytest.mark.parametrize("heading", ["【お問い合わせ】\n北浦市観光部観光振興課", ""], ids=["heading", "no-heading"])
def test_a_release_with_no_heading_keeps_its_contact_out_of_its_body(heading) -> None:
    [talk] = run_text(NO_HEADING.format(contact=heading).replace("\n\n\n", "\n\n")).talks
    [body] = talk.sections
    assert [p.text for p in body.paragraphs] == ["令和8年1月25日に閉幕した雪まつりの来場者数をお知らせします。",
                                                 "期間中の来場者数は約6万2千人でした。"]
    assert [t.text for t in talk.front][-2:] == ["担当：北浦市観光部観光振興課\u3000山田", "電話：0138-00-0000"]


MID_CONTACT = """\
報道発表資料
令和７年１２月１日
北浦市市民課

休日窓口を開設します

北浦市は、マイナンバーカードの休日窓口を開設します。

開設日
毎月第２日曜日に開きます。

お問い合わせ
予約については市民課へお問い合わせください。

持ち物
本人確認書類をお持ちください。

会場
北浦市役所本庁舎１階にあります。
"""


def test_a_contact_heading_in_the_middle_of_a_release_stays_a_section() -> None:
    [talk] = run_text(MID_CONTACT).talks
    assert [s.title.text for s in talk.sections] == ["開設日", "お問い合わせ", "持ち物", "会場"]


NEWSLETTER = """\
みどり町町内会だより

夏祭りの準備について
７月の夏祭りに向けて、準備の打ち合わせを公民館で行います。多くの方の参加をお待ちしています。

避難訓練のお知らせ
９月１日に町内一斉の避難訓練を行います。集合場所は各班の公園です。

お問い合わせ
みどり町町内会 事務局
担当：川村 和子
電話：03-1234-5678
"""


def test_a_newsletters_closing_contact_is_its_closing_block() -> None:
    """No press release: its closing contact under its heading was a section of its own (trial 25); since helper
    close82 (issue 16) it is the closing block, as a release's is, each line apart."""
    [talk] = run_text(NEWSLETTER).talks
    assert "お問い合わせ" not in [s.title.text for s in talk.sections]
    assert [talk.front[i].text for i in talk.front_closing] == [
        "お問い合わせ", "みどり町町内会 事務局", "担当：川村 和子", "電話：03-1234-5678"]
