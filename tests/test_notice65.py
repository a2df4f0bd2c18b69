"""A notice's, letter's or report's closing block and signer (issue 16, fresh-user trials 64d and 64e; helper notice65).

1. A notice's closing block right under its last numbered item (its contact block under its heading, its date, its
   signer; a Chinese report's issuing organ and date) is the notice's foot, ``front`` after its last section, never
   that item's paragraphs (``sections.notice_foot``); the signer is the speaker as ``letters.closing_signer`` reads it.
2. A Korean notice's issuer under its date (``수원시장``, ``한빛구청장 박민수``, ``새빛시 시립도서관``) is its speaker
   (``letters._korean_signer``).
3. A Korean notice's ``1. 공사 기간: …`` items are titled by their labels, the value their first paragraph, as a
   Japanese notice's ``1．期間：…`` items are (``sections._KO_FIELD``).
4. An English signature set with a comma (``Signed,`` / a name, ``Signed, Margaret Olsen``), a close and the name on
   one line (``Sincerely, Jane Roe``) and a dash's name over its post (``— Jane Roe`` / ``Director``) sign.
"""

from __future__ import annotations

import pytest

from tests.segment_inputs import front_texts as _front, last_paragraphs as _last_paragraphs, run_text
from tests.segment_inputs import speaker_texts as _speaker



# -- 1. the foot under the last numbered item -------------------------------------------------------------------------

FOOT = {
    "ja-contact-date-mayor": ("""\
令和8年度 固定資産税の縦覧について（お知らせ）

土地・家屋の所有者の皆様へ

令和8年度の固定資産課税台帳の縦覧を下記のとおり行います。

記

1．縦覧期間　令和8年4月1日（水）から4月30日（木）まで
2．縦覧場所　市役所本館1階 資産税課

【お問い合わせ】
資産税課 土地係　電話 0545-51-0123

令和8年3月10日
富士宮市長　中村 健太
""", ["【お問い合わせ】", "資産税課 土地係　電話 0545-51-0123", "令和8年3月10日", "富士宮市長　中村 健太"],
        ("中村 健太", "富士宮市長")),
    "ja-ijou-date-board": ("""\
保護者の皆様へ

学校給食費の改定について

令和8年4月から学校給食費を改定しますので、お知らせします。

記

（1）改定時期　令和8年4月分から
（2）納入方法　口座振替

以上

令和8年2月1日
みどり市教育委員会
教育長　佐々木 優子
""", ["令和8年2月1日", "みどり市教育委員会", "教育長　佐々木 優子"], ("佐々木 優子", "みどり市教育委員会教育長")),
    "zh-report-organ": ("""\
2025年度西江市文化工作总结

一、工作概况
全年举办各类文化活动120场，参与群众5万人次。

二、下一步工作
继续完善公共文化服务体系。

西江市文化和旅游局
2026年1月8日
""", ["西江市文化和旅游局", "2026年1月8日"], (None, "西江市文化和旅游局")),
    "zh-notice-contact-organ": ("""\
关于开展2026年春季植树活动的通知

为推进国土绿化，现将春季植树活动有关事项通知如下。

一、活动时间
2026年3月12日上午9时。

二、有关要求
请各单位于3月5日前报送参加人数。

联系方式
联系人：王明
联系电话：0571-87654321

东江市园林绿化局
2026年2月25日
""", ["联系方式", "联系人：王明", "联系电话：0571-87654321", "东江市园林绿化局", "2026年2月25日"], (None, "东江市园林绿化局")),
    "ko-notice-contact-office": ("""\
시립도서관 휴관 안내

시설 보수 공사로 인하여 시립도서관을 아래와 같이 휴관합니다.

1. 휴관 기간: 2026년 7월 1일부터 7월 14일까지
2. 반납 방법: 도서관 정문 앞 무인 반납함 이용

문의처
시립도서관 운영팀 (전화 02-345-6789)

2026. 6. 10.
새빛시 시립도서관
""", ["문의처", "시립도서관 운영팀 (전화 02-345-6789)", "2026. 6. 10.", "새빛시 시립도서관"], (None, "새빛시 시립도서관")),
}


@pytest.mark.parametrize("variant", list(FOOT))
def test_a_notices_foot_under_its_last_item_is_front65(variant):
    text, foot, speaker = FOOT[variant]
    (talk,) = run_text(text).talks
    assert _front(talk)[-len(foot):] == foot
    assert not set(foot) & set(_last_paragraphs(talk))
    assert _speaker(talk) == speaker


def test_the_trials_japanese_notice_keeps_its_items_and_closes_on_its_foot65():
    text = """\
令和7年度 市民税の申告について（お知らせ）

令和7年度の市民税の申告受付を下記のとおり行います。

記

1．受付期間　令和7年2月17日（月）から3月17日（月）まで
2．受付場所　市役所本庁舎2階 税務課
3．持ち物　源泉徴収票、本人確認書類、印鑑

【問合せ先】
税務課 市民税係　電話 054-221-1234

令和7年1月20日
静岡県三島市長　鈴木 一郎
"""
    (talk,) = run_text(text).talks
    # the text over 記 is the notice's body, an unheaded section before the items (helper news69)
    assert [(s.number, s.title.text) for s in talk.sections] == [(None, ""), ("1", "受付期間"), ("2", "受付場所"), ("3", "持ち物")]
    assert _last_paragraphs(talk) == ["源泉徴収票、本人確認書類、印鑑"]
    assert _front(talk)[-4:] == ["【問合せ先】", "税務課 市民税係　電話 054-221-1234", "令和7年1月20日", "静岡県三島市長　鈴木 一郎"]


NO_FOOT = {
    # the contact heading is the last item itself: its lines are its own
    "ja-contact-item": ("""\
防災訓練の実施について

次のとおり防災訓練を実施します。

1．日時　令和8年9月6日（日）午前9時から
2．場所　さくら台小学校 校庭
3．問い合わせ先
さくら台自治会 防災部
電話 0123-11-2233
""", ["さくら台自治会 防災部", "電話 0123-11-2233"]),
    # a roster's last member under the item is no signer
    "ja-roster": ("""\
令和8年度 自治会役員について

令和8年度の役員が次のとおり決まりましたので、お知らせします。

1．任期　令和8年4月1日から令和9年3月31日まで
2．役員
副会長　佐藤 花子
会長　高橋 一郎
""", ["副会長　佐藤 花子", "会長　高橋 一郎"]),
    # a Korean report's last section closes on its text
    "ko-report": ("""\
2025년 새빛시 공원 조성 결과 보고

1. 추진 배경
도심 녹지가 부족하여 공원 조성 사업을 추진하였다.

2. 향후 계획
2026년에는 하천 산책로를 조성할 예정이다.
""", ["2026년에는 하천 산책로를 조성할 예정이다."]),
}


@pytest.mark.parametrize("variant", list(NO_FOOT))
def test_an_items_own_lines_stay_its_paragraphs65(variant):
    text, own = NO_FOOT[variant]
    (talk,) = run_text(text).talks
    assert _last_paragraphs(talk) == own
    assert talk.speaker.text is None


def test_an_unsigned_contact_block_after_the_items_is_the_closing_block65():
    text = """\
図書館まつりのご案内

今年も図書館まつりを開催します。どなたでもご参加ください。

1．日時　令和8年11月3日（火・祝）午前10時から
2．会場　中央図書館 2階ホール

【お問い合わせ】
中央図書館　電話 0123-98-7654
"""
    (talk,) = run_text(text).talks
    # the office and its telephone on one line are a contact block under its heading now (it had been the last item's
    # paragraphs): a section of its own, as trial 25 decided, until helper close82 made it the closing block (issue 16)
    assert talk.sections[-1].title.text == "会場"
    assert [talk.front[i].text for i in talk.front_closing] == ["【お問い合わせ】", "中央図書館　電話 0123-98-7654"]


# -- 2. a Korean notice's issuer -------------------------------------------------------------------------------------

KOREAN = """\
2026년 상반기 예방접종 안내

어르신 폐렴구균 예방접종을 아래와 같이 실시합니다.

1. 접종 기간: 2026년 3월 2일부터 6월 30일까지
2. 접종 장소: 한빛구 보건소

예방접종에 많은 참여 바랍니다.

{date}
{signer}
"""


@pytest.mark.parametrize(("date", "signer", "speaker"), [
    ("2025년 3월 15일", "수원시장", (None, "수원시장")),
    ("2026년 2월 20일", "한빛구청장 박민수", ("박민수", "한빛구청장")),
    ("2026. 2. 20.", "새빛시 교육청 국제교류팀", (None, "새빛시 교육청 국제교류팀")),
])
def test_a_korean_notices_issuer_is_its_speaker65(date, signer, speaker):
    (talk,) = run_text(KOREAN.format(date=date, signer=signer)).talks
    assert _speaker(talk) == speaker
    assert _front(talk)[-2:] == [date, signer]


@pytest.mark.parametrize("last", ["감사합니다", "연구 결과", "- 김영희"])
def test_a_korean_closing_phrase_signs_nothing65(last):
    (talk,) = run_text(KOREAN.format(date="2025년 3월 15일", signer=last)).talks
    assert talk.speaker.text is None


# -- 3. a Korean notice's labelled items ------------------------------------------------------------------------------

def test_a_korean_notices_items_are_titled_by_their_labels65():
    (talk,) = run_text(KOREAN.format(date="2025년 3월 15일", signer="수원시장")).talks
    assert [(s.number, s.title.text, s.paragraphs[0].text) for s in talk.sections] == [
        ("1", "접종 기간", "2026년 3월 2일부터 6월 30일까지"), ("2", "접종 장소", "한빛구 보건소")]


def test_korean_headings_over_text_keep_their_titles65():
    (talk,) = run_text(NO_FOOT["ko-report"][0]).talks
    assert [s.title.text for s in talk.sections] == ["추진 배경", "향후 계획"]


# -- 4. English signatures with a comma, a close on the name's line, a dash's name -----------------------------------

ENGLISH = """\
Notice of Closure

Millbrook Swimming Pool will close on 1 August 2025 for two weeks of maintenance.
Season tickets will be extended by the length of the closure.

{signature}
"""


@pytest.mark.parametrize(("signature", "speaker"), [
    ("Signed,\nMargaret Olsen\nMayor of Fairbrook\nMay 12, 2025", ("Margaret Olsen", "Mayor of Fairbrook")),
    ("Signed, Priya Natarajan\nLeisure Services Manager", ("Priya Natarajan", "Leisure Services Manager")),
    ("Sincerely, Jane Roe\nHonorary Secretary", ("Jane Roe", "Honorary Secretary")),
    ("Kind regards, Tom Reyes, Waste Services Officer", ("Tom Reyes", "Waste Services Officer")),
    ("— Jane Roe\nDirector", ("Jane Roe", "Director")),
])
def test_an_english_signature_with_a_comma_signs65(signature, speaker):
    (talk,) = run_text(ENGLISH.format(signature=signature)).talks
    assert _speaker(talk) == speaker


def test_a_signed_comma_block_closes_the_notice_in_front65():
    (talk,) = run_text(ENGLISH.format(signature="Signed,\nDaniel Hughes\nHead of Highways, Ashford Borough Council")).talks
    assert _front(talk)[-2:] == ["Signed, Daniel Hughes", "Head of Highways, Ashford Borough Council"]


@pytest.mark.parametrize("signature", [
    "Signed, sealed and delivered: the contract was fulfilled on time.",
    "Sincerely, we hope to see you there.",
    "- Anne Lee\n- Tom Reyes",
])
def test_a_comma_after_signed_or_a_close_in_a_sentence_signs_nothing65(signature):
    (talk,) = run_text(ENGLISH.format(signature=signature)).talks
    assert talk.speaker.text is None


def test_a_letters_close_and_name_on_one_line_sign65():
    text = """\
Harbour Research Centre
12 Quay Street
Bristol

14 March 2026

Dear Ms Berg,

Thank you for your letter about the berth lease. We are glad to renew it for two more years.
The new terms are enclosed.

Sincerely, Thomas Whitfield
Director
"""
    (talk,) = run_text(text).talks
    assert _speaker(talk) == ("Thomas Whitfield", "Director, Harbour Research Centre")
    assert talk.speaker.text.text == "Thomas Whitfield, Director"  # the close is no part of the signer's text


def test_a_county_organ_in_the_foot_names_no_city65():
    # near miss: the 落款 now in front is read by its letters for the city, never by the Japanese reading (which had
    # cut ``安吉县农业农村`` as a village's name); a county names no city
    text = """\
关于2025年度城市照明设施维护情况的报告

一、基本情况
全年维护路灯1.2万盏，更换老旧灯具3000套。
二、下一步工作
继续推进照明设施节能改造。

安吉县农业农村局
2026年1月20日
"""
    (talk,) = run_text(text).talks
    assert _front(talk)[-2:] == ["安吉县农业农村局", "2026年1月20日"]
    assert talk.city.ja is None


def test_a_korean_papers_headings_with_a_colon_over_their_text_keep_their_titles65():
    # near miss: numbered headings over their text are a paper's, whatever a colon inside them parts
    text = """\
도시 녹지 연구

1. 서론: 연구의 배경
도시 녹지는 시민의 건강에 도움이 된다.

2. 방법: 조사 설계
설문 조사를 실시하였다.
"""
    (talk,) = run_text(text).talks
    assert [s.title.text for s in talk.sections] == ["서론: 연구의 배경", "방법: 조사 설계"]
