"""A Korean title is the talk's ``title.ko`` (issue 16 point 2; session 64, helper title64).

Fresh-user trial 63b's Korean manual (``무선 공기청정기 AP-200 사용 설명서`` over its numbered sections) had ``title``
null and the file ``document.json``: the talk's title was a ``{ja, en}`` pair, and a Korean title line stayed the first
of ``paper.front`` (session 55). Now the pair has an optional ``ko`` (``title``, ``title_tokens``, ``title_map``; a new
optional field, schema version 6 kept), read by the evidence a Japanese title needs (``titleblock.is_korean_title_line``)
where it opens a Korean document, or right over or under a Japanese or English title (a cover printed once per
language); a Korean sentence, issuer, name, date or a twin of the speaker's line never is. The id is the Korean
title's Revised Romanization where no English title or city names the talk. The documents are made up.
"""

from __future__ import annotations

import pytest
import spacy

from pipeline.ids import korean_slug
from pipeline.segment.titleblock import is_korean_title_line
from pipeline.structure.document import EnToken, talk_from_json
from pipeline.structure.schema import fast_schema_errors, schema_errors
from segment_inputs import run_text
from tests.test_structure_english import run

MANUAL = """\
무선 공기청정기 AP-200 사용 설명서

1. 안전 주의사항
- 제품을 물기가 있는 곳에 두지 마십시오.
- 전원 코드를 무리하게 구부리지 마십시오.

2. 사용 방법
전원 버튼을 2초간 누르면 제품이 켜집니다.
필터 교체 표시등이 켜지면 필터를 새것으로 바꾸어 주십시오.

3. 제품 규격
정격 전압 220V, 소비 전력 35W
"""

CITY_NOTICE = """\
2025년 6월 2일
부산광역시 해운대구 문화관광과

2025 해운대 모래축제 자원봉사자 모집 안내

해운대구에서는 제20회 해운대 모래축제를 함께 만들어 갈 자원봉사자를 다음과 같이 모집합니다.

1. 모집 기간
2025년 6월 9일(월)부터 6월 20일(금)까지

2. 모집 인원
50명 (선착순)
"""

PAPER = """\
부산 원도심 관광객의 이동 경로 분석
김민수, 이지은
부산대학교 관광경영학과

요약
본 연구는 부산 원도심을 찾은 관광객의 이동 경로를 휴대전화 위치 자료로 분석하였다.

1. 서론
부산의 원도심은 항구와 함께 성장한 지역으로, 최근 관광객이 꾸준히 늘고 있다.

2. 연구 방법
2023년 한 해 동안 수집된 위치 자료를 시간대별로 나누어 분석하였다.
"""

KOREAN_ENGLISH = """\
지역 축제의 경제적 파급 효과
The Economic Impact of Local Festivals
박서준
제주대학교 경영학과

1. 서론
지역 축제는 관광객을 불러 모으고 지역 상권에 활력을 준다.

2. 분석 방법
2022년과 2023년의 방문객 설문 자료를 비교하였다.
"""

# near-misses
UNTITLED_REPORT = """\
본 문서는 2024년 청소년 교류 사업의 결과를 정리한 것입니다.
사업은 4월부터 11월까지 세 차례에 걸쳐 진행되었습니다.

1. 참가 현황
모두 120명의 청소년이 참가하였습니다.

2. 향후 계획
내년에는 참가 인원을 150명으로 늘릴 예정입니다.
"""

JAPANESE_QUOTING_KOREAN = """\
日韓交流の歩み
福岡市国際部　山田 花子

1. はじめに
福岡市と釜山広域市は2007年に姉妹都市となった。

안녕하세요 여러분
上の一行は、交流会の冒頭で毎回交わされる韓国語のあいさつである。

2. 交流の内容
毎年、両市の中学生が相互に訪問している。
"""

JAPANESE_KOREAN_PROCEEDINGS = """\
港町の観光まちづくり
항구도시의 관광 마을 만들기
福岡市 経済観光文化局　松尾 健一
후쿠오카시 경제관광문화국　마쓰오 겐이치

１．はじめに
福岡市は港とともに発展してきた都市である。

1. 들어가며
후쿠오카시는 항구와 함께 발전해 온 도시이다.
"""

KOREAN_ISSUER_OVER_JAPANESE = """\
인천광역시 문화재단
夏休み子ども美術教室参加者募集
仁川広域市文化財団

仁川市と横浜市は、今年の夏、子ども美術教室を共同で開催します。
参加を希望する方は、7月10日までにお申し込みください。
"""

KOREAN_EVENT_OVER_JAPANESE = """\
제3회 한일 해양 포럼
港湾都市の防災協力
釜山大学校 海洋学科　朴 志勲

１．はじめに
釜山と福岡は海を挟んで向かい合う港湾都市である。
"""


def _title(t):
    return None if t is None else t.text


@pytest.mark.parametrize("text, ko, front, ident", [
    (MANUAL, "무선 공기청정기 AP-200 사용 설명서", [], "museon-gonggicheongjeonggi-ap-200-sayong-seolmyeongseo"),
    (CITY_NOTICE, "2025 해운대 모래축제 자원봉사자 모집 안내",
     ["2025년 6월 2일", "부산광역시 해운대구 문화관광과",
      "해운대구에서는 제20회 해운대 모래축제를 함께 만들어 갈 자원봉사자를 다음과 같이 모집합니다."],
     "2025-haeundae-moraechukje-jawonbongsaja-mojip-annae"),
    (PAPER, "부산 원도심 관광객의 이동 경로 분석", ["김민수, 이지은", "부산대학교 관광경영학과"],
     "busan-wondosim-gwangwanggaegui-idong-gyeongno-bunseok"),
], ids=["manual", "city-notice", "paper"])
def test_a_korean_documents_title_is_title_ko(text, ko, front, ident):
    (talk,) = run_text(text).talks
    assert (_title(talk.title.ja), _title(talk.title.en), _title(talk.title.ko)) == (None, None, ko)
    assert [t.text for t in talk.front] == front  # the date, the issuer, the names stay front matter
    assert talk.id == ident


def test_a_korean_title_over_its_english_fills_both():
    (talk,) = run_text(KOREAN_ENGLISH).talks
    assert _title(talk.title.en) == "The Economic Impact of Local Festivals"
    assert _title(talk.title.ko) == "지역 축제의 경제적 파급 효과"
    assert talk.id == "the-economic-impact-of-local-festivals"  # the English title's slug comes first


def test_a_japanese_korean_proceedings_talk_has_both_titles():
    (talk,) = run_text(JAPANESE_KOREAN_PROCEEDINGS).talks
    assert (_title(talk.title.ja), _title(talk.title.ko)) == ("港町の観光まちづくり", "항구도시의 관광 마을 만들기")
    # the Korean speaker line is the speaker's twin, never the title
    assert talk.speaker.text.text.endswith("후쿠오카시 경제관광문화국\u3000마쓰오 겐이치") and not talk.front


def _untitled_report(talk):
    assert talk.id == "document" and talk.front[0].text.startswith("본 문서는")  # a sentence is no title


def _japanese_quoting_korean(talk):
    assert _title(talk.title.ja) == "日韓交流の歩み"
    assert "안녕하세요 여러분" in [p.text for s in talk.sections for p in s.paragraphs]


def _korean_issuer_over_japanese(talk):
    assert _title(talk.title.ja) == "夏休み子ども美術教室参加者募集"
    assert [t.text for t in talk.front] == ["인천광역시 문화재단"]  # the issuer over the title stays front


def _korean_event_over_japanese(talk):
    assert _title(talk.title.ja) == "港湾都市の防災協力" and [t.text for t in talk.front] == ["제3회 한일 해양 포럼"]


@pytest.mark.parametrize("text, kept", [(UNTITLED_REPORT, _untitled_report),
                                        (JAPANESE_QUOTING_KOREAN, _japanese_quoting_korean),
                                        (KOREAN_ISSUER_OVER_JAPANESE, _korean_issuer_over_japanese),
                                        (KOREAN_EVENT_OVER_JAPANESE, _korean_event_over_japanese)],
                         ids=["untitled-report", "japanese-quoting-korean", "korean-issuer-over-japanese",
                              "korean-event-over-japanese"])
def test_no_korean_title_where_none_is_printed(text, kept):
    (talk,) = run_text(text).talks
    assert talk.title.ko is None
    kept(talk)  # and the near-miss keeps what it had


@pytest.mark.parametrize("line, expected", [
    ("무선 공기청정기 AP-200 사용 설명서", True),
    ("지역 축제의 경제적 파급 효과", True),
    ("사업 개요와 분석 결과", True),  # 개요, 결과: nouns, no verb's or department's ending
    ("전원 버튼을 2초간 누르면 제품이 켜집니다.", False),
    ("두 도시는 바다를 사이에 두고 마주 보고 있다", False),  # a sentence without its full stop
    ("제품을 물기가 있는 곳에 두지 마십시오", False),
    ("인천광역시 문화재단", False),
    ("부산대학교 관광경영학과", False),
    ("김민수, 이지은", False),
    ("2025년 6월 2일", False),
    ("문의: 문화관광과 051-749-0000", False),
    ("2. 사용 방법", False),
    ("참고문헌", False),
    ("제3회 한일 해양 포럼", False),  # the event, never the talk's title
])
def test_korean_title_lines(line, expected):
    assert is_korean_title_line(line) is expected


def test_korean_slug_romanises_each_word():
    assert korean_slug("부산 원도심 관광객의 이동 경로 분석") == "busan-wondosim-gwangwanggaegui-idong-gyeongno-bunseok"
    assert korean_slug("신라 문화 \ufffd축제") == "silla-munhwa"  # a damaged word is left out


def test_the_talk_json_gives_the_korean_title_its_tokens_and_map(tmp_path):
    talk, records, docbin = run(tmp_path, "manual.txt", MANUAL)
    assert schema_errors(talk) == [] and fast_schema_errors(talk) == [] and talk["schema_version"] == 7
    assert talk["title"] == {"ja": None, "en": None, "ko": "무선 공기청정기 AP-200 사용 설명서"}
    assert [t["surface"] for t in talk["title_tokens"]["ko"]] == ["무선", "공기청정기", "AP-200", "사용", "설명서"]
    assert talk["title_map"]["ko"] == [[1, 0, 22]]
    assert talk["paper"]["front"] == []
    [record] = [r for r in records if r["kind"] == "title"]
    assert record["lang"] == "ko" and record["text"] == talk["title"]["ko"] and record["source"]["line"] == 1
    from spacy.tokens import DocBin
    docs = list(DocBin(store_user_data=True).from_bytes(docbin.read_bytes()).get_docs(spacy.blank("en").vocab))
    assert any(d.text == talk["title"]["ko"] and d.user_data.get("lang") == "ko" for d in docs)
    back = talk_from_json(talk)
    assert back.title.ko == talk["title"]["ko"] and all(isinstance(t, EnToken) for t in back.title_tokens.ko)
    assert back.to_json() == talk  # the record writes the same JSON back
    from pipeline.report import blocks_from_talk
    assert [b.label for b in blocks_from_talk(back, "t") if b.kind == "title"] == ["title (ko)"]  # the report shows it


def test_only_a_korean_title_has_the_ko_key(tmp_path):
    talk, _, _ = run(tmp_path, "manual.txt", MANUAL)
    assert "ko" in talk["title"] and "ko" in talk["title_tokens"] and "ko" in talk["title_map"]
    talk, _, _ = run(tmp_path, "ja.txt", JAPANESE_QUOTING_KOREAN, out="out2")
    assert "ko" not in talk["title"] and "ko" not in talk["title_tokens"] and "ko" not in talk["title_map"]
    assert "ko" not in talk["city"] and "ko" not in talk["subtitle"]
    talk["subtitle"]["ko"] = "부제"  # only the title has a Korean field
    assert schema_errors(talk) and fast_schema_errors(talk) == schema_errors(talk)
