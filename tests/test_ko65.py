"""A notice's visible structure in Korean, Japanese and Chinese (issue 16, fresh-user trial 65; helper ko65).

1. A notice's number line (``한빛시 공고 제2026-15호``, ``港南市告示第45号``, ``…〔2025〕12号``) is front, never the title;
   the title is read from under it (``labels.notice_number_line``).
2. A notice's labelled item right under the run's last item, numbered one up, is the run's next item though its value
   ends a sentence (``sections.run_items``).
3. Closing words set apart by a blank line under a run of one-line items go with the notice's foot, ``front``, never
   the last item's paragraphs (``sections.notice_foot``, ``run_of_one_liners``).
4. A Korean issuer naming its city (``한빛시 공고``, ``한빛시장`` where the text names 한빛시) is recorded as a ``city``
   evidence row; ``city`` has no Korean key, so it stays null (``letters.korean_issuer_city``).
"""

from __future__ import annotations

import pytest

from tests.segment_inputs import run_text


def _title(talk) -> str | None:
    t = talk.title
    for lang in ("ko", "ja", "en"):
        v = getattr(t, lang, None)
        if v is not None and v.text:
            return v.text
    return None


def _front(talk) -> list[str]:
    return [t.text for t in talk.front]


def _sections(talk) -> list[tuple[str, list[str]]]:
    return [(s.heading.text if getattr(s, "heading", None) is not None else s.title.text, [p.text for p in s.paragraphs])
            for s in talk.sections]


def _paragraphs(talk) -> list[str]:
    return [p.text for s in talk.sections for p in s.paragraphs]


TRIAL = """\
한빛시 공고 제2026-15호

도서관 휴관 안내

한빛시립도서관은 시설 보수 공사로 인하여 다음과 같이 임시 휴관합니다.

1. 휴관 기간: 2026년 3월 2일(월) ~ 3월 15일(일)
2. 대상 시설: 중앙도서관 본관 및 어린이 열람실
3. 반납 안내: 휴관 기간 중 도서는 무인 반납함을 이용해 주시기 바랍니다.

이용에 불편을 드려 죄송합니다.

2026년 2월 10일
한빛시장
"""

KO_GOSI = """\
새빛군 고시 제2025-7호

농산물 직거래 장터 운영 안내

새빛군은 지역 농산물 판매를 돕기 위하여 다음과 같이 직거래 장터를 운영합니다.

1. 운영 기간: 2025년 5월 3일 ~ 6월 28일 매주 토요일
2. 운영 장소: 새빛군청 앞 광장
3. 참여 방법: 참여를 원하는 농가는 군청 농업정책과에 신청해 주시기 바랍니다.

많은 참여 바랍니다.

2025년 4월 10일
새빛군수
"""

JA_KOKUJI = """\
港南市告示第45号

市民プール臨時休業のお知らせ

港南市民プールは、設備点検のため次のとおり臨時休業します。

1．休業期間：2026年7月1日から7月10日まで
2．対象施設：港南市民プール及び附属トレーニング室
3．利用券の扱い：期間中の利用券は有効期限を延長しますので窓口にお申し出ください。

ご不便をおかけしますが、ご理解をお願いいたします。

2026年6月1日
港南市長　山田 太郎
"""

ZH_WENHAO = """\
青川市文化和旅游局〔2025〕12号

关于图书馆闭馆维修的通知

因设施维修需要，市图书馆将临时闭馆，现将有关事项通知如下。

一、闭馆时间：2025年3月1日至3月20日
二、涉及场馆：市图书馆总馆及少儿阅览室
三、还书安排：闭馆期间请读者使用自助还书箱归还图书。

给您带来的不便，敬请谅解。

青川市文化和旅游局
2025年2月20日
"""

NOTICES = {  # text, number line, title, last item's heading start, closing words
    "ko-gonggo-trial": (TRIAL, "한빛시 공고 제2026-15호", "도서관 휴관 안내", "3. 반납 안내", "이용에 불편을 드려 죄송합니다."),
    "ko-gosi": (KO_GOSI, "새빛군 고시 제2025-7호", "농산물 직거래 장터 운영 안내", "3. 참여 방법", "많은 참여 바랍니다."),
    "ja-kokuji": (JA_KOKUJI, "港南市告示第45号", "市民プール臨時休業のお知らせ", "3．利用券の扱い",
                  "ご不便をおかけしますが、ご理解をお願いいたします。"),
    "zh-wenhao": (ZH_WENHAO, "青川市文化和旅游局〔2025〕12号", "关于图书馆闭馆维修的通知", "三、还书安排", "给您带来的不便，敬请谅解。"),
}


@pytest.mark.parametrize("variant", list(NOTICES))
def test_a_notices_number_line_is_front_its_title_under_it65(variant):
    text, number, title, _, _ = NOTICES[variant]
    (talk,) = run_text(text).talks
    assert _title(talk) == title
    assert number in _front(talk)


@pytest.mark.parametrize("variant", list(NOTICES))
def test_a_run_of_labelled_items_is_read_alike_though_one_ends_a_sentence65(variant):
    text, _, _, last_item, _ = NOTICES[variant]
    (talk,) = run_text(text).talks
    headings = [h for h, _ in _sections(talk)]
    assert len(headings) == 3
    assert headings[2].startswith(last_item)
    assert not any(p.startswith(last_item) for p in _paragraphs(talk))


@pytest.mark.parametrize("variant", list(NOTICES))
def test_closing_words_set_apart_under_one_line_items_are_the_notices65(variant):
    text, _, _, _, closing = NOTICES[variant]
    (talk,) = run_text(text).talks
    assert closing in _front(talk)
    assert closing not in _paragraphs(talk)


def test_closing_words_with_no_blank_line_stay_the_last_items65():
    text = """\
수영장 점검 안내

새빛시 수영장은 정기 점검을 위하여 다음과 같이 운영을 중지합니다.

1. 점검 기간: 2026년 8월 3일 ~ 8월 7일
2. 대상 시설: 실내 수영장 및 샤워실
3. 환불 안내: 점검 기간의 강습료는 다음 달에 환불합니다.
환불은 신청하신 계좌로 입금됩니다.

2026년 7월 20일
새빛시장
"""
    (talk,) = run_text(text).talks
    assert "환불은 신청하신 계좌로 입금됩니다." in _sections(talk)[-1][1]


def test_closing_words_under_items_with_their_own_text_stay_the_last_items65():
    text = """\
축제 운영 계획

1. 추진 배경
지역 문화 활성화를 위하여 축제를 개최한다.

2. 추진 내용
공연과 체험 행사를 운영한다.

예산은 시 예산으로 충당합니다.

2026년 5월 1일
새빛시장
"""
    (talk,) = run_text(text).talks
    assert "예산은 시 예산으로 충당합니다." in _sections(talk)[-1][1]


def test_a_newsletters_edition_line_is_still_no_title65():
    from pipeline.segment.labels import notice_number_line

    assert not notice_number_line("제12호")
    assert not notice_number_line("港南市報（第312号）")
    assert not notice_number_line("第2号議案")


def _city_rows(talk) -> list[str]:
    return [e.detail for e in talk.evidence if e.kind == "city"]


def test_a_korean_issuer_names_its_city_in_the_evidence65():
    (talk,) = run_text(TRIAL).talks
    rows = _city_rows(talk)
    assert any(r.startswith("한빛시: the Korean city the notice's issuer names") for r in rows)
    assert talk.city.ja is None and talk.city.en is None  # no Korean key; no English printed: never romanised


def test_a_mayor_names_the_city_only_where_the_text_names_it65():
    text = TRIAL.replace("한빛시 공고 제2026-15호\n\n", "")
    (talk,) = run_text(text).talks
    assert any(r.startswith("한빛시:") for r in _city_rows(talk))  # 한빛시립도서관 names it
    alone = text.replace("한빛시립도서관은", "도서관은")
    (talk,) = run_text(alone).talks
    assert not any(r.startswith("한빛시:") for r in _city_rows(talk))


def test_a_market_is_no_city65():
    text = """\
전통시장 상인회 공지

봄맞이 행사 안내

전통시장 상인회는 봄맞이 할인 행사를 다음과 같이 엽니다.

1. 행사 기간: 2026년 4월 1일 ~ 4월 7일
2. 행사 장소: 중앙 전통시장 일대

많은 방문 바랍니다.

2026년 3월 20일
중앙전통시장
"""
    (talk,) = run_text(text).talks
    assert not any("Korean city" in r for r in _city_rows(talk))


def test_trial_64ds_closing_sentence_is_no_longer_the_contact_items65():
    """notice65's recorded limit: the sentence set apart between the last item and the date had stayed item 3's."""
    text = """\
2025년 봄철 도로 공사 안내

시민 여러분께 알려드립니다.

시내 주요 도로의 포장 공사를 다음과 같이 실시합니다.

1. 공사 기간: 2025년 4월 1일부터 4월 30일까지
2. 공사 구간: 중앙로 시청 앞 교차로부터 역 앞까지
3. 문의: 도로과 (전화 031-123-4567)

공사 기간 중 교통 통제가 있으니 양해 부탁드립니다.

2025년 3월 15일
수원시장
"""
    (talk,) = run_text(text).talks
    assert _sections(talk)[-1][1] == ["도로과 (전화 031-123-4567)"]
    assert _front(talk)[-3:] == ["공사 기간 중 교통 통제가 있으니 양해 부탁드립니다.", "2025년 3월 15일", "수원시장"]
    assert not any("Korean city" in r for r in _city_rows(talk))  # 수원시 is named nowhere else: 시장 alone names none
