"""A Korean–Japanese paper's title block and conventional headings are read as their Japanese twins are (issue 16,
trial 54c): the Korean speaker line joins ``speaker.text``, ``요약`` heads the abstract as ``要旨`` does and pairs with it,
``서론``/``결론``/``참고문헌`` are sections by their names alone. The documents are made up; the results were written
down before the rules.
"""

from __future__ import annotations

from pipeline.korean import read_alike
from pipeline.segment.labels import is_references_heading, is_section_name
from pipeline.segment.talks import is_abstract_heading
from pipeline.structure.schema import schema_errors
from tests.test_structure_english import paragraphs, run

KOREAN_FIRST = """부산과 후쿠오카의 해양 교류 연구
釜山と福岡の海洋交流に関する研究
박지훈（부산대학교 해양학과）
朴志勲（釜山大学校 海洋学科）

요약
본 연구는 두 도시의 해양 교류를 정리하였다. 조사 대상은 2010년부터 2020년까지이다.
要旨
本研究は両市の海洋交流を整理した。調査対象は2010年から2020年までである。

1. 서론
두 도시는 바다를 사이에 두고 마주 보고 있다.
1. 序論
両市は海を挟んで向かい合っている。
"""

JAPANESE_FIRST = """港町における市場の変化
항구 도시 시장의 변화
東北大学 経済学部　佐藤　花子
동북대학 경제학부 사토 하나코

１．はじめに
港町の市場は戦後に大きく変わった。
1. 들어가며
항구 도시의 시장은 전후에 크게 변하였다.
"""

UNRELATED_KOREAN = """港町における市場の変化
東北大学 経済学部　佐藤　花子
제주 방문객 통계 자료

１．はじめに
港町の市場は戦後に大きく変わった。
"""

KOREAN_HEADINGS = """港湾統計の比較
仁川大学校 物流学科　朴　志勲

서론
인천항의 물동량은 해마다 늘고 있다.

결론
두 항만의 협력이 더 필요하다.

참고문헌
김철수, 항만 물류의 역사, 서울, 2019.
"""


def test_korean_abstract_and_section_names_are_read_as_japanese_ones55():
    assert [is_abstract_heading(s) for s in ("요약", "초록", "개요", "요약: 본 연구는 항만을 다룬다.", "요약하면 다음과 같다.")] \
        == [True, True, True, True, False]
    assert [is_section_name(s) for s in ("서론", "결론", "참고문헌", "【참고문헌】", "결론 및 제언", "서론적 검토")] \
        == [True, True, True, True, True, False]
    assert [is_references_heading(s) for s in ("참고문헌", "5. 참고문헌", "결론")] == [True, True, False]


def test_a_korean_line_reads_the_ideographs_of_its_japanese_twin55():
    assert read_alike("박지훈（부산대학교 해양학과）", "朴志勲（釜山大学校 海洋学科）") >= 9  # 부산대학교 해양학과
    assert read_alike("두 도시의 협력", "釜山大学校 海洋学科") == 0
    assert read_alike("이민호", "李敏浩") == 3  # 李 리 → 이, the initial sound law
    assert read_alike("대", "大") == 0  # one syllable is no evidence


def test_the_korean_speaker_line_over_the_japanese_one_is_the_speakers55(tmp_path):
    talk, _, _ = run(tmp_path, "ko_first.txt", KOREAN_FIRST)
    assert schema_errors(talk) == []
    assert talk["title"] == {"ja": "釜山と福岡の海洋交流に関する研究", "en": None, "ko": "부산과 후쿠오카의 해양 교류 연구"}
    assert talk["speaker"]["text"] == "박지훈（부산대학교 해양학과） 朴志勲（釜山大学校 海洋学科）"
    assert talk["speaker"]["name"] == "朴志勲" and talk["speaker"]["affiliation"] == "釜山大学校 海洋学科"
    # the Korean title over the Japanese one is title.ko (session 64: it had stayed front), with Korean tokens
    assert talk["paper"]["front"] == [] and talk["title_map"]["ko"] == [[1, 0, 18]]
    assert [t["surface"] for t in talk["title_tokens"]["ko"]][:2] == ["부산과", "후쿠오카의"]
    sections = [(s["number"], s["title"], s["title_lang"], s.get("parallel")) for s in talk["paper"]["sections"]]
    assert sections == [(None, "요약", "ko", None), (None, "要旨", "ja", 0), ("1", "서론", "ko", None),
                        ("1", "序論", "ja", 2)]
    langs = {p["text"]: p["lang"] for p in paragraphs(talk)}
    assert langs["본 연구는 두 도시의 해양 교류를 정리하였다. 조사 대상은 2010년부터 2020년까지이다."] == "ko"


def test_the_korean_speaker_line_under_the_japanese_one_is_the_speakers55(tmp_path):
    talk, _, _ = run(tmp_path, "ja_first.txt", JAPANESE_FIRST)
    assert talk["speaker"]["text"] == "東北大学 経済学部\u3000佐藤\u3000花子 동북대학 경제학부 사토 하나코"
    assert talk["speaker"]["affiliation"] == "東北大学 経済学部"
    assert [p["text"] for p in talk["paper"]["front"]] == [] and talk["title"]["ko"] == "항구 도시 시장의 변화"
    assert [s["title"] for s in talk["paper"]["sections"]] == ["はじめに", "들어가며"]


def test_a_korean_line_that_reads_nothing_of_the_speaker_stays_front55(tmp_path):
    talk, _, _ = run(tmp_path, "unrelated.txt", UNRELATED_KOREAN)
    assert talk["speaker"]["text"] == "東北大学 経済学部\u3000佐藤\u3000花子"
    assert "제주 방문객 통계 자료" in [p["text"] for p in talk["paper"]["front"]]


def test_unnumbered_korean_headings_are_sections55(tmp_path):
    talk, _, _ = run(tmp_path, "ko_headings.txt", KOREAN_HEADINGS)
    assert [(s["title"], s["title_lang"]) for s in talk["paper"]["sections"]] == [("서론", "ko"), ("결론", "ko"),
                                                                                 ("참고문헌", "ko")]


def test_an_abstract_named_in_two_languages_pairs_but_one_name_twice_does_not55():
    from pipeline.model import Section, Text
    from pipeline.segment.parallel import parallel_sections

    def s(title, para):
        return Section(None, 1, Text.inserted(title), (Text.inserted(para),))

    ko, ja = s("요약", "본 연구는 두 도시의 교류를 정리하였다."), s("要旨", "本研究は両市の交流を整理した。")
    assert [x.parallel for x in parallel_sections((ko, ja))] == [None, 0]
    refs_en = s("参考文献", "[1] Knuth D E. The Art of Computer Programming, Volume 1. Addison-Wesley, 1997.")
    refs_zh = s("参考文献", "[2] 斯坦福大学TCAD中心. 斯坦福大学学位论文模版 [J/OL]. 斯坦福大学官网. 这是说明.")
    assert [x.parallel for x in parallel_sections((refs_en, refs_zh))] == [None, None]
    assert [x.parallel for x in parallel_sections((s("결론", "두 도시는 협력한다."), s("結論", "両市は協力する。")))] \
        == [None, None]  # two sections' own names, not the abstract's or the references': the number is the evidence
