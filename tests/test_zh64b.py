"""A Chinese report's last section, its closing block and its language (issue 16, fresh-user trial 64b).

1. ``（一）完善收运体系`` / ``（二）加强督导考核`` listed under ``三、`` stayed paragraphs while the same marks with text
   under them were ``1.1``/``1.2`` under ``一、``: a kind that heads sections is a level of the document, so its titled
   lines head sections where nothing of their own stands under them (a list right under its heading, the document's
   end); a kind that heads nothing elsewhere stays a list's items.
2. The issuing organ and the date closing a Chinese document (落款: ``南川市城市管理局`` / ``2026年1月20日``) had been
   body paragraphs with speaker and city null: the organ is the speaker's affiliation and its city the talk's city,
   with a ``city`` evidence row; a Japanese notice keeps what it had.
3. ``paper.lang`` was ``"ja"`` for an all-Korean and an all-Chinese document: it is ``"ko"`` and ``"zh"`` (schema
   version 6 kept: docs/talk-json.md, ``paper.lang``).
Made-up documents (docs/segment.md, *The Chinese ladder*, *A Chinese document's issuing organ*)."""

from pathlib import Path

from reliability import one_talk
from pipeline.structure.schema import schema_errors

DATA = Path(__file__).parent / "data" / "zh64b"


def _talk(name: str, tmp_path: Path) -> dict:
    out = tmp_path / Path(name).stem
    out.mkdir()
    return one_talk(DATA / name, out)


def _sections(talk: dict) -> list[tuple[str | None, int, str]]:
    return [(s["number"], s["level"], s["title"]) for s in talk["paper"]["sections"]]


def _city_rows(talk: dict) -> list[str]:
    return [e["detail"] for e in talk["evidence"] if e["kind"] == "city"]


def test_the_trials_last_section_has_its_sub_headings(tmp_path):
    talk = _talk("t64b_report_zh.txt", tmp_path)
    assert _sections(talk) == [
        ("1", 1, "工作概况"), ("1.1", 2, "设施建设"), ("1.2", 2, "宣传教育"), ("2", 1, "存在问题"), ("3", 1, "下一步工作"),
        ("3.1", 2, "完善收运体系"), ("3.2", 2, "加强督导考核")]
    # the closing block (落款) closes the document in front, after its last section (helper notice65, fresh-user trial
    # 64e: it had been the last section's lines)
    assert [p["text"] for p in talk["paper"]["sections"][-1]["paragraphs"]] == []
    # (in paper.closing since schema version 7, helper letter76)
    assert [p["text"] for p in talk["paper"]["closing"]][-2:] == ["南川市城市管理局", "2026年1月20日"]


def test_sub_headings_listed_in_a_last_section_over_the_closing_block(tmp_path):
    assert _sections(_talk("zh_last_section_subheads.txt", tmp_path))[-4:] == [
        ("3", 1, "2026年工作安排"), ("3.1", 2, "推进阅读空间建设"), ("3.2", 2, "提升数字服务水平"), ("3.3", 2, "加强人才队伍建设")]


def test_traditional_sub_headings_ending_the_document(tmp_path):
    # the last heading of the document, nothing after it
    assert _sections(_talk("zh_tw_last_subheads.txt", tmp_path))[-3:] == [
        ("3", 1, "未來展望"), ("3.1", 2, "深化跨域合作"), ("3.2", 2, "擴大青年參與")]


def test_sub_headings_listed_in_a_middle_section(tmp_path):
    assert _sections(_talk("zh_middle_subheads.txt", tmp_path)) == [
        ("1", 1, "主要成效"), ("1.1", 2, "大气污染防治"), ("1.2", 2, "水污染防治"), ("2", 1, "重点任务"),
        ("2.1", 2, "持续改善空气质量"), ("2.2", 2, "巩固水环境治理成果"), ("2.3", 2, "加强土壤污染风险管控"), ("3", 1, "保障措施")]


def test_a_list_of_a_kind_that_heads_nothing_stays_items(tmp_path):
    # near miss: ``（一）`` heads no section with text of its own anywhere, so the run under ``二、`` is a list; the
    # document is Chinese all the same (paper.lang)
    talk = _talk("neg_zh_phrase_list.txt", tmp_path)
    assert _sections(talk) == [("1", 1, "工作概况"), ("2", 1, "主要做法"), ("3", 1, "下一步打算")]
    # each item a paragraph of its own (they had been joined into one, the short lines read as a wrapped paragraph)
    assert [p["text"] for p in talk["paper"]["sections"][1]["paragraphs"]] == [
        "（一）建立网格化服务机制", "（二）开展志愿服务活动", "（三）推进智慧社区建设"]
    assert talk["paper"]["lang"] == "zh" and schema_errors(talk) == []


def test_the_issuing_organ_over_its_date_is_the_speaker_and_names_the_city(tmp_path):
    talk = _talk("t64b_report_zh.txt", tmp_path)
    assert talk["speaker"]["affiliation"] == "南川市城市管理局" and talk["speaker"]["name"] is None
    assert talk["speaker"]["text"] == "南川市城市管理局"
    assert talk["city"] == {"ja": "南川市", "en": None}
    assert any(r.startswith("南川市: ") and "南川市城市管理局" in r for r in _city_rows(talk))
    assert talk["paper"]["lang"] == "zh" and schema_errors(talk) == []


def test_an_organ_whose_name_sudachi_cuts_across_its_city(tmp_path):
    # ``北滨市生态环境局`` undated, under a paragraph's sentence: Sudachi reads ``市生`` as one word
    talk = _talk("zh_issuer_undated.txt", tmp_path)
    assert talk["speaker"]["affiliation"] == "北滨市生态环境局" and talk["city"]["ja"] == "北滨市"


def test_a_traditional_organ_over_a_minguo_date(tmp_path):
    talk = _talk("zh_tw_issuer.txt", tmp_path)
    assert talk["speaker"]["affiliation"] == "臺中市政府文化局" and talk["city"]["ja"] == "臺中市"


def test_two_organs_issuing_together(tmp_path):
    talk = _talk("zh_two_issuers.txt", tmp_path)
    assert talk["speaker"]["affiliation"] == "西江市教育局 西江市财政局" and talk["speaker"]["name"] is None
    assert talk["city"]["ja"] == "西江市"


def test_a_sentence_naming_an_organ_is_no_issuer(tmp_path):
    talk = _talk("neg_zh_sentence_end.txt", tmp_path)
    assert talk["speaker"]["text"] is None and talk["city"]["ja"] is None
    assert talk["paper"]["lang"] == "zh"


def test_a_japanese_notice_keeps_what_it_had(tmp_path):
    # the organ over its date in a Japanese notice: no speaker, as before; since helper notice66b the office and date
    # are the notice's foot, front, and the office line closing the text names the city as any office line in front
    talk = _talk("neg_ja_notice_issuer.txt", tmp_path)
    assert talk["speaker"]["text"] is None and talk["paper"]["lang"] == "ja"
    assert talk["city"]["ja"] == "緑ヶ丘市"
    assert any("closing the text names (緑ヶ丘市教育委員会)" in e["detail"] for e in talk["evidence"])
    assert not any("落款" in e["detail"] for e in talk["evidence"])
    # the organ under its date: the city from the closing issuer, as before (helper city57); since helper notice65c
    # the office is the notice's issuer, read as a Japanese one (no 落款 evidence), its name null
    (tmp_path / "dated").mkdir()
    talk = _talk("neg_ja_notice_dated.txt", tmp_path / "dated")
    assert talk["speaker"]["affiliation"] == "緑ヶ丘市教育委員会" and talk["speaker"]["name"] is None
    assert not any("落款" in e["detail"] for e in talk["evidence"])
    assert talk["city"]["ja"] == "緑ヶ丘市" and talk["paper"]["lang"] == "ja"
    # and the Chinese report's closing organ is read as such
    (tmp_path / "zh").mkdir()
    assert _talk("zh_last_section_subheads.txt", tmp_path / "zh")["city"]["ja"] == "东河市"


def test_a_korean_documents_language(tmp_path):
    talk = _talk("t64b_korean.txt", tmp_path)
    assert talk["paper"]["lang"] == "ko" and schema_errors(talk) == []
    assert {p["lang"] for s in talk["paper"]["sections"] for p in s["paragraphs"]} == {"ko"}
    (tmp_path / "report").mkdir()
    talk = _talk("ko_report.txt", tmp_path / "report")
    assert talk["paper"]["lang"] == "ko" and schema_errors(talk) == []


def test_a_japanese_korean_paper_stays_japanese(tmp_path):
    # near miss: a paper giving its Japanese sections again in Korean is Japanese as before, its Korean paragraphs ko
    talk = _talk("ja_ko_bilingual.txt", tmp_path)
    assert talk["paper"]["lang"] == "ja"
    langs = {p["lang"] for s in talk["paper"]["sections"] for p in s["paragraphs"]}
    assert langs == {"ja", "ko"}
    (tmp_path / "zh").mkdir()
    assert _talk("zh_two_issuers.txt", tmp_path / "zh")["paper"]["lang"] == "zh"


def test_a_county_organ_at_the_head_names_no_city(tmp_path):
    # ``某县农业农村局`` under the title: a county's bureau, no 市 (the Japanese reading of the name had given the city
    # ``某县农业农村``, its 村 read as a village's suffix)
    talk = one_talk(Path(__file__).parent / "data" / "zh64" / "zh_mixed_list_under_heading.txt", tmp_path)
    assert talk["speaker"]["affiliation"] == "某县农业农村局" and talk["city"] == {"ja": None, "en": None}
    # each numbered item under the section's text is a paragraph of its own (``1．`` had been joined onto ``…有：``)
    assert [p["text"][:2] for p in talk["paper"]["sections"][1]["paragraphs"]] == ["全县", "1．", "2．"]
