"""A notice or letter that signs at its end names its speaker (issue 16, fresh-user trial 63c; helper notice64).

1. Where the document prints no speaker line at its head and closes on a signature (a person's name with a post or an
   organisation), the signer is the ``speaker``: ``name`` the name, ``affiliation`` the post and organisation
   (``letters.closing_signer``). The signature's lines stay where they stand (``front`` or the last paragraphs), the
   speaker a view of them, as a letter's signature is, so every raw character is still placed once (the conservation
   check of ``run_text``).
2. A contact box's person (``問い合わせ先`` / ``担当 鈴木``, a press release's contact), a post with no name
   (``担当マネージャー``), a roster's last member and a meeting record's ``Signed:`` are no signer.
3. The two English signature readers of ``sections`` (one line, ``_signed_contact_line``; a box, ``_signed_foot``)
   read a signature's pieces through one reader (``sections.signed_pieces``).
"""

from __future__ import annotations

import pytest

from pipeline.model import Text
from pipeline.segment import sections
from pipeline.segment.layout import Layout
from tests.segment_inputs import run_text

SIGNED = {
    "parish-signed-label": ("""\
LITTLE HAMDEN PARISH COUNCIL

NOTICE OF ROAD CLOSURE

The Parish Council gives notice that Mill Lane will be closed to through traffic from
Monday 4 May 2026 to Friday 8 May 2026 while the culvert under the lane is replaced.
Residents' access will be kept at all times.

Signed:
Jane Okafor
Parish Clerk, Little Hamden Parish Council
""", "Jane Okafor", "Parish Clerk, Little Hamden Parish Council"),
    "yours-sincerely": ("""\
Westfield Allotment Society

Notice to Plot Holders

Water troughs on the upper field will be turned off on 1 November for the winter.
Please remove hoses and any personal equipment from the troughs before that date.

Yours sincerely,

Robert Greenhalgh
Honorary Secretary, Westfield Allotment Society
""", "Robert Greenhalgh", "Honorary Secretary, Westfield Allotment Society"),
    "by-order-of-the-board": ("""\
NORTHGATE HOUSING CO-OPERATIVE LIMITED

NOTICE OF ANNUAL GENERAL MEETING

Notice is hereby given that the Annual General Meeting of the Co-operative will be
held at the Community Centre, Ash Road, on Wednesday 17 June 2026 at 7.00 pm.

By order of the Board,
Samuel Adeyemi
Company Secretary
20 May 2026
""", "Samuel Adeyemi", "Company Secretary"),
    "dash": ("""\
Brookside Primary School

Notice to Parents: Parking on School Lane

From Monday 2 March the school gates on School Lane will open at 8.30 am only.
Please do not park on the zig-zag markings or across residents' driveways.

— Helen Marsh, Headteacher
""", "Helen Marsh", "Headteacher"),
    "signed-inline": ("""\
FENWICK VILLAGE HALL COMMITTEE

Notice of Closure

The hall will be closed from 3 to 14 August 2026 while the kitchen is refitted.
Bookings for those dates have been moved to the school hall by arrangement.

Signed: Alan Price (Chair)
28 July 2026
""", "Alan Price", "Chair"),
    "one-line-with-contact": ("""\
ASHCOMBE PARISH COUNCIL

Notice of Vacancy

A vacancy has arisen for a Parish Councillor for the Ashcombe ward.
Ten electors may request an election by writing to the Returning Officer by 2 May 2026.

Jane Okafor, Town Clerk, Email clerk@ashcombe-pc.example.org
""", "Jane Okafor", "Town Clerk"),
    "name-and-post-over-telephone": ("""\
Oakfield Community Library

Change to Opening Hours

From 1 September the library will open at 10 am on Saturdays instead of 9 am.
All other opening hours stay the same.

Priya Shah
Library Manager
Tel. 01632 960 512
""", "Priya Shah", "Library Manager"),
    "sender-after-ijou": ("""\
自治会員の皆様へ

防災訓練の実施について

下記のとおり防災訓練を実施しますので、ご参加ください。

記

1. 日時　令和6年9月1日（日）午前9時
2. 場所　さくら台公園

以上

さくら台自治会
会長　高橋 一郎
""", "高橋 一郎", "さくら台自治会会長"),
    "club-after-keigu-and-date": ("""\
会員各位

会費納入のお願い

日頃より当会の活動にご協力いただき、ありがとうございます。
今年度の会費を5月末日までに納入くださいますよう、お願い申し上げます。

敬具

令和6年4月20日
みなと台テニスクラブ
代表　中村 健二
""", "中村 健二", "みなと台テニスクラブ代表"),
    "mayor-under-date": ("""\
緑ヶ丘市民の皆様へ

水道料金の改定について

市では、老朽化した水道管の更新を進めるため、令和6年7月1日から水道料金を改定します。
市民の皆様のご理解とご協力をお願いいたします。

令和6年4月1日
緑ヶ丘市長　山田 太郎
""", "山田 太郎", "緑ヶ丘市長"),
    "board-over-officer": ("""\
保護者の皆様へ

夏季休業中の学校プール開放について

今年度も夏季休業中に学校プールを開放します。
参加する児童は、必ず保護者の同意書を提出してください。

緑ヶ丘市教育委員会
教育長　佐藤 花子
""", "佐藤 花子", "緑ヶ丘市教育委員会教育長"),
    "mayor-over-contact-box": ("""\
市民の皆様へ

市民プールの休場について

設備改修工事のため、市民プールを令和6年6月1日から当分の間休場します。
ご不便をおかけしますが、ご理解をお願いします。

令和6年5月15日
緑ヶ丘市長　山田 太郎

問い合わせ先
緑ヶ丘市 スポーツ振興課　担当 鈴木
電話 0123-45-6700
""", "山田 太郎", "緑ヶ丘市長"),
}


@pytest.mark.parametrize("variant", list(SIGNED))
def test_a_closing_signature_is_the_speaker(variant):
    text, name, affiliation = SIGNED[variant]
    (talk,) = run_text(text).talks  # conservation held: the speaker is a view of the signature's lines
    assert talk.speaker.name is not None and talk.speaker.name.text == name
    assert talk.speaker.affiliation is not None and talk.speaker.affiliation.text == affiliation
    assert [a.name.text for a in talk.speaker.authors] == [name]
    # the signature's lines stay where they stand: the name is still printed in front or in the last paragraphs
    placed = [t.text for t in talk.front] + [p.text for s in talk.sections for p in s.paragraphs]
    assert any(name in t for t in placed)


def test_the_signature_s_lines_stay_in_front_where_they_closed_the_document():
    (talk,) = run_text(SIGNED["parish-signed-label"][0]).talks
    assert [t.text for t in talk.front][-3:] == ["Signed:", "Jane Okafor", "Parish Clerk, Little Hamden Parish Council"]
    assert talk.speaker.text.text == "Jane Okafor, Parish Clerk, Little Hamden Parish Council"


# each near miss with its twin that signs: the near miss has no speaker, the twin its signer
NOT_SIGNED = {
    "japanese-contact-box": ("""\
市民の皆様へ

粗大ごみ収集日の変更について

4月から粗大ごみの収集日が毎月第2水曜日に変わります。
収集を希望する方は、前週の金曜日までにお申し込みください。
{signature}
問い合わせ先
緑ヶ丘市 環境課　担当 鈴木
電話 0123-45-6789
""", "\n令和6年3月1日\n緑ヶ丘市長　山田 太郎\n", "山田 太郎"),
    "press-contact": ("""\
PRESS RELEASE

City Opens New Cycle Route

The new cycle route between the station and the harbour opens on Monday.
The route is 4 km long and is lit along its whole length.
{signature}
Lars Eriksen
Press Officer
+47 21 80 21 80
lars.eriksen@example.no
""", "\nSigned: Maria Holm\nDirector of Transport\n", "Maria Holm"),
    "post-with-no-name": ("""\
緑ヶ丘市民の皆様へ

図書館システム更新のお知らせ

図書館の貸出システムを更新するため、3月1日から3日まで休館します。
ご理解とご協力をお願いします。

緑ヶ丘市立図書館
{signature}
""", "館長　田中 一郎", "田中 一郎"),
    "japanese-roster": ("""\
緑ヶ丘市自治会連合会

令和6年度役員名簿

令和6年度の役員は次のとおりです。

{signature}会長　高橋 一郎
""", "副会長　佐藤 花子\n", None),
    "english-roster": ("""\
Westfield Allotment Society

Committee for 2026

The following officers were elected at the Annual General Meeting.

{signature}Robert Greenhalgh
Chair
""", "Mary Lowe\nTreasurer\n", None),
    "minutes-signed-by-chair": ("""\
Minutes of the Committee Meeting
{signature}
The committee agreed the budget for the summer fete.
The next meeting will be held on 12 May.

Signed: Margaret Ellison
Chair
14 April 2026
""", "\nPresent: Margaret Ellison (Chair), Tom Reyes, Helen Okafor\n", None),
}


@pytest.mark.parametrize("variant", list(NOT_SIGNED))
def test_no_signer_is_read_from_a_contact_box_a_bare_post_a_roster_or_a_record(variant):
    text, twist, twin_name = NOT_SIGNED[variant]
    # (a roster and a record are the twins with ``twist``: one officer alone, a notice's signer)
    near_miss, twin = (text.format(signature=twist), text.format(signature="")) if twin_name is None \
        else (text.format(signature=""), text.format(signature=twist))
    (talk,) = run_text(near_miss).talks
    if variant == "post-with-no-name":
        # its office alone closing the text, set apart under its last sentence, is its issuer since session 70 (no
        # name: none invented; tests/test_issuer70.py), no signer with a name
        assert talk.speaker.name is None and talk.speaker.affiliation.text == "緑ヶ丘市立図書館"
    else:
        assert talk.speaker.text is None and talk.speaker.name is None
    (talk,) = run_text(twin).talks
    expected = twin_name or {"japanese-roster": "高橋 一郎", "english-roster": "Robert Greenhalgh",
                             "minutes-signed-by-chair": "Margaret Ellison"}[variant]
    assert talk.speaker.name is not None and talk.speaker.name.text == expected


def test_a_speaker_line_at_the_head_stays_the_speaker():
    text = """\
Harbour Renewal in Practice
{head}
The harbour was renewed between 2018 and 2024 with three new berths.
We describe what worked and what did not.

Signed:
Tom Reyes
Town Clerk
"""
    (talk,) = run_text(text.format(head="\nJane Smith, Portsmouth City Council\n")).talks
    assert talk.speaker.name.text == "Jane Smith"
    (talk,) = run_text(text.format(head="")).talks
    assert talk.speaker.name.text == "Tom Reyes"


def test_both_english_signature_readers_read_pieces_through_one_reader(monkeypatch):
    foot = [Text.from_raw(s, line=n) for n, s in ((1, "We meet on 3 May."), (3, "Signed: J. Pemberton"),
                                                  (4, "Clerk to the Council"), (5, "7 April 2026"))]
    line = "Jane Doe, Events Officer, Email events@example.org"
    assert sections._signed_foot(foot, Layout((), (2,))) == [1, 2, 3] and sections._signed_contact_line(line)
    monkeypatch.setattr(sections, "signed_pieces", lambda pieces, titled=False: False)
    assert sections._signed_foot(foot, Layout((), (2,))) == [] and not sections._signed_contact_line(line)
