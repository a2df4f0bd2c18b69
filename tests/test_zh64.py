"""A Chinese report's sections at every level of the official ladder (issue 16, fresh-user trial 63b: a Chinese
report's ``（一）`` sub-headings were its paragraphs, and an arabic ``1．`` under them was read as the top level):
``一、`` level 1, ``（一）`` level 2, ``1．`` level 3, ``（1）`` level 4, each counting from one again under the heading
above, numbered as dotted digits (``2.1`` for the first ``（一）`` under ``二、``); Taiwan's ``壹、`` over them all.
A ``（一）`` that opens a sentence (ending in ``。``, or filling a wrapped line) is a list's item, never a heading, and a
Japanese document's ``（一）`` keeps what it had. Made-up documents (docs/segment.md, *The Chinese ladder*)."""

from pathlib import Path

from reliability import one_talk

DATA = Path(__file__).parent / "data" / "zh64"


def _talk(name: str, tmp_path: Path) -> dict:
    out = tmp_path / Path(name).stem
    out.mkdir()
    return one_talk(DATA / name, out)


def _sections(name: str, tmp_path: Path) -> list[tuple[str | None, int, str]]:
    return [(s["number"], s["level"], s["title"]) for s in _talk(name, tmp_path)["paper"]["sections"]]


def _paragraphs(name: str, tmp_path: Path) -> dict[str, list[str]]:
    return {s["title"]: [p["text"] for p in s["paragraphs"]] for s in _talk(name, tmp_path)["paper"]["sections"]}


def test_a_simplified_reports_ladder_restarts_under_each_top_heading(tmp_path):
    assert _sections("zh_gov_simplified.txt", tmp_path) == [
        ("1", 1, "2024年工作回顾"), ("1.1", 2, "经济运行稳中向好"), ("1.1.1", 3, "工业生产持续回升"),
        ("1.1.2", 3, "消费市场加快恢复"), ("1.2", 2, "改革开放持续深化"), ("2", 1, "2025年主要任务"),
        ("2.1", 2, "扩大有效需求"), ("2.2", 2, "推进科技创新"), ("2.3", 2, "保障改善民生"), ("3", 1, "加强政府自身建设")]


def test_a_traditional_reports_four_levels(tmp_path):
    sections = _sections("zh_traditional.txt", tmp_path)
    assert sections[1:7] == [
        ("1.1", 2, "文化資產保存"), ("1.2", 2, "藝文活動推廣"), ("1.2.1", 3, "表演藝術補助"), ("1.2.1.1", 4, "傳統戲曲"),
        ("1.2.1.2", 4, "現代劇場"), ("1.2.2", 3, "視覺藝術展覽")]
    assert sections[7:] == [("2", 1, "未來展望"), ("2.1", 2, "數位典藏"), ("2.2", 2, "人才培育")]


def test_a_taiwan_reports_capital_numerals_head_the_ladder(tmp_path):
    assert _sections("zh_tw_capitals.txt", tmp_path) == [
        ("1", 1, "施政目標"), ("1.1", 2, "空氣品質改善"), ("1.2", 2, "廢棄物減量"), ("1.2.1", 3, "廚餘回收"),
        ("1.2.2", 3, "巨大垃圾再利用"), ("2", 1, "預算配置"), ("2.1", 2, "經常門"), ("2.2", 2, "資本門")]


def test_without_kanji_top_headings_the_bracketed_numerals_are_the_top_level(tmp_path):
    assert _sections("zh_no_kanji_top.txt", tmp_path) == [
        ("1", 1, "服务网络建设"), ("1.1", 2, "日间照料中心"), ("1.2", 2, "老年食堂"), ("2", 1, "服务质量提升"),
        ("3", 1, "存在的不足")]


def test_arabic_numbers_under_kanji_headings_are_their_subsections(tmp_path):
    # ``1．`` under ``一、`` with no ``（一）`` between: the next level down, never the document's top level
    assert _sections("zh_kanji_then_arabic.txt", tmp_path) == [
        ("1", 1, "读者服务"), ("1.1", 2, "阅读推广"), ("1.2", 2, "数字服务"), ("2", 1, "馆藏建设"), ("2.1", 2, "地方文献"),
        ("2.2", 2, "古籍保护")]


def test_bracketed_sentences_stay_items_beside_bracketed_headings(tmp_path):
    sections = _sections("zh_mixed_list_under_heading.txt", tmp_path)
    assert sections == [
        ("1", 1, "主要工作成效"), ("1.1", 2, "粮食生产稳定"), ("1.2", 2, "乡村建设扎实推进"), ("2", 1, "存在问题"),
        ("3", 1, "下一步打算"), ("3.1", 2, "稳定粮食生产"), ("3.2", 2, "推进产业融合")]
    (tmp_path / "again").mkdir()
    items = _paragraphs("zh_mixed_list_under_heading.txt", tmp_path / "again")["存在问题"]
    assert [t[:3] for t in items] == ["（一）", "（二）"] and all(t.endswith("。") for t in items)


def test_a_wrapped_reports_headings_and_wrapped_items(tmp_path):
    assert _sections("zh_report_hardwrapped.txt", tmp_path) == [
        ("1", 1, "读者服务"), ("1.1", 2, "阅读推广活动"), ("1.2", 2, "数字服务"), ("2", 1, "馆藏建设"), ("2.1", 2, "地方文献"),
        ("2.2", 2, "古籍保护")]
    # a ``（一）`` item wrapped at the 26-character measure: its first line fills the line, no heading's title
    items = _paragraphs("zh_items_hardwrapped.txt", tmp_path)
    assert list(items) == ["提高思想认识", "强化监督检查", "做好应急准备"]
    assert items["提高思想认识"][0].startswith("（一）供水安全") and items["提高思想认识"][0].endswith("议事日程。")


def test_the_same_ladder_in_japanese_keeps_what_it_had(tmp_path):
    # a Japanese document's ``（一）`` is not read by the Chinese ladder: its ``一、`` sections stand as before
    assert _sections("neg_ja_ladder.txt", tmp_path) == [("1", 1, "交流の歴史"), ("2", 1, "今後の課題")]
    assert _sections("zh_kanji_then_arabic.txt", tmp_path)[1] == ("1.1", 2, "阅读推广")


def _report_pdf() -> bytes:
    """A report set as a word processor sets it: headings in the body's face and size, paragraphs wrapped at 30
    characters with their first line indented two, the items of ``二、`` sentences of two lines each."""
    import io

    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    runs = [("H", "2024年市图书馆工作总结"), ("H", "一、读者服务"),
            ("P", "全年接待读者120万人次，比上年增长8%，其中青少年读者占比达到35%，老年读者增长明显，服务满意度保持在较高水平。"),
            ("H", "（一）阅读推广活动"), ("P", "举办各类阅读推广活动320场，参与读者5万余人，“书香社区”项目覆盖全市所有街道和乡镇。"),
            ("H", "1．少儿阅读"), ("P", "开展亲子共读、绘本讲读等活动150场，参与家庭8000余户。"),
            ("H", "2．全民阅读月"), ("P", "举办读书节主题活动40场，线上线下参与人数超过20万人次。"),
            ("H", "（二）数字服务"), ("P", "数字资源访问量达到260万次，移动端借阅占全部借阅量的四成以上，线上讲座观看人数明显增加。"),
            ("H", "二、存在问题"), ("P", "（一）基层分馆服务能力不均衡，部分乡镇分馆开放时间偏短，专业人员配备不足，读者满意度有待提高。"),
            ("P", "（二）数字资源建设投入不足，特色数据库数量偏少，资源更新速度较慢，难以满足读者日益增长的需求。"),
            ("H", "三、下一步工作"), ("H", "（一）推进总分馆建设"), ("P", "年内新建城市书房10个，实现乡镇分馆全覆盖。"),
            ("H", "（二）加强数字化建设"), ("P", "建设地方特色数据库3个，提升数字服务水平。")]
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(595.28, 841.89), invariant=1)
    c.setFont("STSong-Light", 14)
    y = 780
    for kind, text in runs:
        for k, chunk in enumerate([text[i:i + 30] for i in range(0, len(text), 30)] if kind == "P" else [text]):
            c.drawString(72 + (28 if kind == "P" and k == 0 else 0), y, chunk)
            y -= 22
    c.showPage()
    c.save()
    return buf.getvalue()


def test_a_reports_ladder_in_a_pdf(tmp_path):
    (tmp_path / "pdf").mkdir()
    source = tmp_path / "zh_report.pdf"
    source.write_bytes(_report_pdf())
    talk = one_talk(source, tmp_path / "pdf")
    assert [(s["number"], s["level"], s["title"]) for s in talk["paper"]["sections"]] == [
        ("1", 1, "读者服务"), ("1.1", 2, "阅读推广活动"), ("1.1.1", 3, "少儿阅读"), ("1.1.2", 3, "全民阅读月"),
        ("1.2", 2, "数字服务"), ("2", 1, "存在问题"), ("3", 1, "下一步工作"), ("3.1", 2, "推进总分馆建设"),
        ("3.2", 2, "加强数字化建设")]
    items = [p["text"] for p in talk["paper"]["sections"][5]["paragraphs"]]
    assert [t[:3] for t in items] == ["（一）", "（二）"] and all(t.endswith("。") for t in items)


def test_kanji_headings_over_printed_decimals(tmp_path):
    # a thesis's ``一、绪论`` over ``1.1 研究背景``: the ladder reads the kanji level, the solver the printed decimals
    # (before, ``1.1`` had been the style and ``一、``, ``二、``, ``三、`` the front and paragraphs)
    assert _sections("zh_kanji_over_decimals.txt", tmp_path) == [
        ("1", 1, "绪论"), ("1.1", 2, "研究背景"), ("1.2", 2, "研究方法"), ("2", 1, "现状分析"), ("2.1", 2, "公交线网"),
        ("2.2", 2, "轨道交通"), ("3", 1, "结论")]
