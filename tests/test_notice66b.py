"""A notice's foot with no numbered item, and a Korean notice's title and body (issue 16, found open by helper
notice66 after fresh-user trials 65 and 65d; helper notice66b). Variants and near misses: /work/regress/in_notice66b/.

- A notice's foot — its date of issue and its issuer, one over the other in either order, closing the document under
  its text — is ``front`` whether or not the notice numbers its items (helper notice65 set it so under a last
  numbered item only): Japanese, Korean and Chinese; the issuer stays the speaker where the rules read one.
- A Korean notice with no numbered item is titled (``title.ko``) and its text is its body, one unheaded section, where
  the whole text had been ``front`` (shape ``text``); a form's blank issuer (``○○시장``, ``○○구청장``) is its issuer.
- Near misses keep their text: a letter's last sentence naming a date, a report whose date heads its later part, a
  newsletter's article ending on an office named in a sentence, minutes ending ``以上``.
"""

from __future__ import annotations

import pytest

from tests.segment_inputs import run_text


def _only(text: str):
    (talk,) = run_text(text).talks
    return talk


def _front(talk) -> list[str]:
    return [t.text.strip() for t in talk.front]


def _paragraphs(talk) -> list[str]:
    return [p.text for s in talk.sections for p in s.paragraphs]


def _affiliation(talk) -> str | None:
    return talk.speaker.affiliation.text if talk.speaker.affiliation is not None else None


JA_DATE_OFFICE = """\
プール開放の中止について

保護者各位

今年度の夏休みのプール開放は、施設の改修工事のため中止いたします。

ご理解とご協力をお願いいたします。

令和7年6月20日
みどり市教育委員会
"""

JA_OFFICE_DATE = """\
公園トイレの使用停止について

中央公園の公衆トイレは、給水管の修理のため使用できません。

近くの市民センターのトイレをご利用ください。

あおば市 公園緑地課
2025年8月1日
"""

JA_MAYOR = """\
防災訓練の実施について

市民の皆さまへ

９月１日の防災の日にあわせて、市内全域で防災訓練を実施します。

当日は防災行政無線で訓練放送を行います。ご協力をお願いします。

令和7年8月20日
さくら市長　山田 太郎
"""

JA_TWO_OFFICES = """\
図書館の臨時休館について

蔵書点検のため、次の期間、図書館を臨時休館します。

休館中は返却ポストをご利用ください。

2025年10月1日
ひがし市教育委員会
中央図書館
"""

ZH_ORGAN_DATE = """\
关于暂停部分公交线路的通知

因道路施工，自2026年3月1日起，暂停运营3路、15路公交线路。

请广大市民提前规划出行路线，给您带来的不便，敬请谅解。

南川市交通运输局
2026年2月20日
"""

ZH_DATE_ORGAN = """\
关于开展春季植树活动的通知

为改善城市环境，定于3月12日在滨江公园开展植树活动。

欢迎市民踊跃参加。

2026年3月1日
西江市园林局
"""

ZH_TWO_ORGANS = """\
关于调整学生午餐补助标准的通知

经研究，自2026年9月起，中小学生午餐补助标准调整为每人每天五元。

请各学校做好宣传和落实工作。

西江市教育局
西江市财政局
2026年8月15日
"""

KO_MARKET_MAYOR = """\
전통시장 주차장 무료 개방 안내

설 명절을 맞아 시민 여러분의 편의를 위해 전통시장 공영주차장을 무료로 개방합니다.

개방 기간은 2026년 2월 14일부터 2월 18일까지이며, 주차 시간은 제한하지 않습니다.

많은 이용 바랍니다.

2026. 2. 5.
○○시장
"""

KO_WARD = """\
여름철 물놀이 안전 수칙 안내

무더운 여름철을 맞아 하천과 계곡에서의 물놀이 사고가 늘고 있습니다.

물에 들어가기 전에는 반드시 준비 운동을 하고, 구명조끼를 착용해 주시기 바랍니다.

어린이는 보호자와 함께 물놀이를 해 주십시오.

2026년 7월 1일
한빛구청장
"""

KO_LIBRARY = """\
도서관 시스템 점검에 따른 서비스 중지 안내

도서관 전산 시스템 점검으로 인하여 아래 기간 동안 온라인 서비스가 중지됩니다.
점검 기간 중에는 도서 대출 예약과 전자책 이용이 불가능합니다.

이용자 여러분의 양해를 부탁드립니다.

2026. 5. 15.
새빛시 시립도서관
"""

KO_OFFICE_DATE = """\
공원 산책로 보수 공사 안내

중앙공원 산책로의 노후 구간을 보수하기 위하여 공사를 실시합니다.

공사 기간에는 일부 구간의 통행이 제한되오니 우회로를 이용해 주시기 바랍니다.

○○구청장
2026. 5. 15.
"""

KO_ADDRESSEE = """\
쓰레기 수거일 변경 안내

주민 여러분께

다음 달부터 생활쓰레기 수거일이 변경됩니다.

일반쓰레기는 매주 화요일에, 재활용품은 매주 목요일에 수거합니다.

주민 여러분의 협조를 부탁드립니다.

2025년 3월 15일
한빛시 환경과
"""


@pytest.mark.parametrize("text, foot, speaker", [
    (JA_DATE_OFFICE, ["令和7年6月20日", "みどり市教育委員会"], "みどり市教育委員会"),
    (JA_OFFICE_DATE, ["あおば市 公園緑地課", "2025年8月1日"], None),
    (JA_MAYOR, ["令和7年8月20日", "さくら市長　山田 太郎"], "さくら市長"),
    (JA_TWO_OFFICES, ["2025年10月1日", "ひがし市教育委員会", "中央図書館"], "ひがし市教育委員会 中央図書館"),
    (ZH_ORGAN_DATE, ["南川市交通运输局", "2026年2月20日"], "南川市交通运输局"),
    (ZH_DATE_ORGAN, ["2026年3月1日", "西江市园林局"], None),
    (ZH_TWO_ORGANS, ["西江市教育局", "西江市财政局", "2026年8月15日"], "西江市教育局 西江市财政局"),
    (KO_MARKET_MAYOR, ["2026. 2. 5.", "○○시장"], "○○시장"),
    (KO_WARD, ["2026년 7월 1일", "한빛구청장"], "한빛구청장"),
    (KO_LIBRARY, ["2026. 5. 15.", "새빛시 시립도서관"], "새빛시 시립도서관"),
    (KO_OFFICE_DATE, ["○○구청장", "2026. 5. 15."], "○○구청장"),
    (KO_ADDRESSEE, ["2025년 3월 15일", "한빛시 환경과"], "한빛시 환경과"),
])
def test_a_notices_foot_without_numbered_items_is_front(text, foot, speaker):
    talk = _only(text)
    assert _front(talk)[-len(foot):] == foot
    assert not set(foot) & {p.strip() for p in _paragraphs(talk)}
    assert len(talk.sections) == 1 and talk.sections[0].title.text == ""  # the text is the body, no heading
    assert _paragraphs(talk)  # nothing of the body went to front with the foot
    assert _affiliation(talk) == speaker


@pytest.mark.parametrize("text, title, front", [
    (KO_MARKET_MAYOR, "전통시장 주차장 무료 개방 안내", ["2026. 2. 5.", "○○시장"]),
    (KO_LIBRARY, "도서관 시스템 점검에 따른 서비스 중지 안내", ["2026. 5. 15.", "새빛시 시립도서관"]),
    (KO_OFFICE_DATE, "공원 산책로 보수 공사 안내", ["○○구청장", "2026. 5. 15."]),
    (KO_ADDRESSEE, "쓰레기 수거일 변경 안내", ["주민 여러분께", "2025년 3월 15일", "한빛시 환경과"]),  # the addressee stays front
])
def test_a_korean_notice_without_items_is_titled_and_its_text_is_its_body(text, title, front):
    talk = _only(text)
    assert talk.title.ko is not None and talk.title.ko.text == title
    assert talk.shape == "paper"
    assert _front(talk) == front  # no title, no sentence of the text left in front
    paragraphs = _paragraphs(talk)
    assert paragraphs and paragraphs[-1].endswith(("바랍니다.", "부탁드립니다.", "주십시오."))


@pytest.mark.parametrize("text, kept", [
    # a letter's last sentence naming a date
    ("山田先生\n\n先日はお忙しいところありがとうございました。\n\n次回の打ち合わせは2025年10月1日に市役所で行う予定です。\n",
     "次回の打ち合わせは2025年10月1日に市役所で行う予定です。"),
    ("王老师：\n\n您好！上次您寄来的书已经收到，非常感谢。\n\n我们计划于2026年5月15日到北京拜访您。\n",
     "我们计划于2026年5月15日到北京拜访您。"),
    # a report whose date heads its later part
    ("活動報告\n\n今月は地域の清掃活動を二回行いました。\n\n2025年10月1日\n\n公園の清掃を行い、参加者は三十名でした。\n", "2025年10月1日"),
    ("주간 업무 보고\n\n이번 주에는 신규 시스템 도입을 위한 준비 작업을 진행하였습니다.\n\n2026년 5월 15일\n\n"
     "시스템 이관 작업을 마쳤으며 다음 주에 시험 운영을 시작합니다.\n", "2026년 5월 15일"),
    # a newsletter's last article ending on an office in a sentence
    ("みどり台だより\n\n夏祭りのお知らせ\n\n８月２日に夏祭りを開きます。どなたでもご参加ください。\n\nごみの出し方\n\n"
     "分別のルールについては、みどり市環境課までお問い合わせください。\n", "分別のルールについては、みどり市環境課までお問い合わせください。"),
])
def test_near_misses_keep_their_text(text, kept):
    talk = _only(text)
    assert kept in _paragraphs(talk)
    assert talk.speaker.affiliation is None


def test_minutes_ending_ijou_keep_their_speeches():
    talk = _only("第３回運営委員会 議事録\n\n日時　2025年9月10日\n場所　公民館会議室\n\n"
                 "会長から、秋の行事の日程について説明があった。\n委員から意見があり、原案どおり承認された。\n\n以上\n")
    assert "委員から意見があり、原案どおり承認された。" in _paragraphs(talk)
    assert talk.speaker.affiliation is None


def test_ijou_over_the_foot_goes_with_it():
    talk = _only("水道工事に伴う断水のお知らせ\n\n下記の日程で水道管の工事を行うため、一時的に断水します。\n"
                 "ご迷惑をおかけしますが、ご協力をお願いします。\n\n以上\n\n令和7年7月1日\nかわせ町役場 上下水道課\n")
    assert _front(talk)[-2:] == ["令和7年7月1日", "かわせ町役場 上下水道課"]  # 以上 a ledger row (helper front68)
    assert "以上" not in _front(talk)
    assert _paragraphs(talk)[-1] == "ご迷惑をおかけしますが、ご協力をお願いします。"


def test_an_events_date_and_venue_closing_the_text_stay_its_own():
    # a date with its weekday over a venue: what the text announces, no date of issue and issuer
    talk = _only("親子工作教室のご案内\n\n夏休みに親子で楽しめる工作教室を開きます。\n\n日時と会場は次のとおりです。\n\n"
                 "令和7年8月2日（土）\n青葉市民センター\n")
    assert _paragraphs(talk)[-2:] == ["令和7年8月2日（土）", "青葉市民センター"]
