"""Real PDFs of trial 62b (Debian TeX Live and freedesktop documents), their faults taken as kinds (helper real62).

1. A reference list's entry (``[5] 辛希孟, …, 等. 信息技术与信`` / ``息服务国际研讨会论文集[M]. …``, GB/T 7714's type
   codes ``[J]``, ``[M]``, ``[C]``, ``[D]``) opens no document and its label numbers no talk, under a heading read or
   none; a beamer frame's continued title (``参考文献II``, ``References (cont.)``) heads the same list.
2. An organisation named with its web address (``X Desktop Group (http://www.freedesktop.org)``) under a document's
   title is its publisher: no title, and it vouches for no names over it (the title stays the title).
"""

import io

import pytest

from pipeline.model import Text
from pipeline.segment.labels import is_references_heading, references_continued
from pipeline.segment.names import vouched_names
from pipeline.segment.organisations import is_organisation
from pipeline.segment.references import reference_entry, reference_lines
from tests.segment_inputs import run_pdf, run_text


def _mk(*ss):
    return [Text.from_raw(s, n) for n, s in enumerate(ss, 1)]


def _deck(slides, footer):
    """A beamer-like deck: one small landscape page a slide, its title over its lines, a footer with the page count."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    w, h = 364, 273
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(w, h), invariant=1)
    for i, (title, lines) in enumerate(slides, 1):
        c.setFont("STSong-Light", 13)
        c.drawString(15, h - 35, title)
        y = h - 60
        for line in lines:
            c.setFont("STSong-Light", 8)
            c.drawString(20, y, line)
            y -= 12
        c.setFont("STSong-Light", 5)
        c.drawString(10, 8, footer)
        c.drawRightString(w - 10, 8, f"{i} / {len(slides)}")
        c.showPage()
    c.save()
    return buf.getvalue()


# ---- 1. reference entries ----------------------------------------------------------------------------------------

DECKS = {
    "frames I and II": ([
        ("城市轨道交通客流预测方法研究", ["汇报人：王晓明", "指导教师：李华教授", "同济大学", "2023年6月8日"]),
        ("研究背景", ["近年来城市轨道交通客流快速增长。", "现有预测方法精度不足[1]。"]),
        ("研究方法", ["采用图神经网络建模[2]。", "结合时空特征进行预测[3]。"]),
        ("参考文献I", ["[1] Li Y, Yu R, Shahabi C. Diffusion Convolutional Recurrent",
                     "Neural Network[C] // ICLR, Vancouver, 2018 : 1-16.",
                     "[2] Zhang J, Zheng Y, Qi D. Deep Spatio-Temporal Residual",
                     "Networks[J]. AAAI, 2017, 31(1) : 1655-1661.",
                     "[3] 张伟, 陈刚, 刘洋, 等. 城市轨道交通短时客流预测",
                     "方法研究[J]. 交通运输工程学报, 2019, 19(3) : 12-20."]),
        ("参考文献II", ["[4] 赵明. 地铁客流时空分布特征分析[D]. 北京 : 北京", "交通大学, 2018 : 33-40."]),
        ("谢谢！", ["敬请批评指正"])], "王晓明  同济大学"),
    "no heading read": ([
        ("基于深度学习的病虫害识别", ["学生：刘洋", "导师：周强 副教授", "华南农业大学", "2024年3月"]),
        ("背景", ["病虫害识别依赖人工经验。", "卷积网络可自动提取特征[7]。"]),
        ("方法", ["使用ResNet-50作为骨干网络[8]。"]),
        ("主要资料", ["[7] He K, Zhang X, Ren S, et al. Deep Residual Learning for",
                    "Image Recognition[C] // IEEE Conference on Computer Vision",
                    "and Pattern Recognition, Las Vegas, 2016 : 770-778.",
                    "[8] 孙俊, 何小飞, 谭文军, 等. 空洞卷积结合全局池化的",
                    "卷积神经网络识别作物幼苗与杂草[J]. 农业工程学报, 2018."]),
        ("致谢", ["感谢导师的指导。"])], "刘洋  华南农业大学"),
    "code wrapped to its own line": ([
        ("港口集装箱堆场调度研究", ["答辩人：黄磊", "指导老师：吴敏 教授", "大连海事大学", "2021年12月20日"]),
        ("问题描述", ["堆场翻箱率高，作业效率低[1]。", "需要优化箱位分配[2]。"]),
        ("模型", ["建立混合整数规划模型[3]。", "引入启发式算法加速求解[4]。"]),
        ("文献 (1/2)", ["[1] 杨斌. 集装箱码头堆场优化[D]. 上海 : 上海海事大学, 2015.",
                       "[2] 宓为建, 严伟. 堆场箱位分配模型[J]. 系统工程, 2009, 27(4).",
                       "[3] 周鹏飞. 集装箱码头调度[M]. 北京 : 人民交通出版社, 2012."]),
        ("文献 (2/2)", ["[4] Kim K H, Park Y M, Ryu K R. Deriving Decision Rules to",
                       "Locate Export Containers in Container Yards[J]. European",
                       "Journal of Operational Research, 2000, 124(1) : 89-101.",
                       "[5] 计明军, 靳志宏. 集装箱码头集卡与岸桥协调调度优化",
                       "[J]. 复旦学报(自然科学版), 2007, 46(4) : 476-480."]),
        ("总结", ["模型可降低翻箱率约15%。"])], "黄磊  大连海事大学"),
}


@pytest.mark.parametrize("name", list(DECKS))
def test_a_reference_entry_opens_no_second_talk(name):
    slides, footer = DECKS[name]
    doc = run_pdf(_deck(slides, footer))
    assert len(doc.talks) == 1, [t.title for t in doc.talks]
    (talk,) = doc.talks
    assert talk.title.ja is not None and talk.title.ja.text == slides[0][0]
    assert [s.title.text if s.title is not None else None for s in talk.slides] == [title for title, _ in slides]


PROCEEDINGS = """第8回 環太平洋都市フォーラム 講演録

[1]
シアトル市
シアトル市の港湾と気候変動
シアトル市港湾局 計画担当部長　ジョン・スミス
シアトル市は太平洋岸北西部の港湾都市である。海面上昇に備えて岸壁のかさ上げを進めている。
Seattle's Port and Climate Change
1
• Sea level rise: +0.6 m by 2100
• Quay walls raised since 2019
2

[2]
仁川広域市
仁川広域市の国際都市づくり[概要]
仁川広域市 国際協力課長　金 民俊
仁川広域市は国際空港と経済自由区域を持つ都市である。松島地区には国際機関が集まっている。
Incheon as an International City
1
• Free Economic Zone since 2003
2
"""


def test_near_miss_bracketed_talk_numbers_still_open_talks():
    # ``[2]`` alone over a talk's city, title and speaker is a talk number: no reference's code or year follows it
    doc = run_text(PROCEEDINGS)
    assert [t.number for t in doc.talks] == ["1", "2"]


def test_reference_entry_shape():
    ls = _mk("[5] 王一, 李二, 等. 信息技术与信", "息服务论文集[M]. 北京 : 出版社,", "1994 : 45-49.",
             "[6] Jones B A. Design of a Novel Manipulator[C] // IFAC, 2004.")
    assert [reference_entry(ls, k) for k in range(4)] == [True, False, False, True]
    # near misses: a title's own bracket, a code set apart, a code with no year, no marker
    assert not reference_entry(_mk("[2] 淀川流域の治水[C]", "大阪府 河川室長　山本 由美 2021年"), 0)
    assert not reference_entry(_mk("[3] Keynote by M. Kato [J]. 2020"), 0)
    assert not reference_entry(_mk("[4] 港湾計画の見直し[M].", "北九州市 港湾局"), 0)
    assert not reference_entry(_mk("王一. 港口[J]. 水运, 2019."), 0)


def test_continued_references_heading():
    assert [is_references_heading(s) for s in ("参考文献I", "参考文献 II", "References (cont.)", "参考文献（続き）")] \
        == [True, True, True, True]
    assert [is_references_heading(s) for s in ("Part II", "Chapter IV", "文献調査II", "Results (cont.)")] \
        == [False, False, False, False]
    assert [references_continued(s) for s in ("参考文献II", "参考文献I", "References", "Part II")] \
        == [True, False, False, False]
    ls = _mk("参考文献I", "[1] 王一. 港口[J]. 水运, 2019.", "参考文献II", "[2] 李二. 航道[M]. 北京, 2020.",
             "[3] 张三. 船闸[D]. 南京, 2018.")
    assert sorted(reference_lines(ls, frozenset())) == [1, 3, 4]


# ---- 2. a publisher's line with its web address ------------------------------------------------------------------

def _spec(head, footer, pages):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    w, h = A4
    y = h - 80
    for text, size in head:
        c.setFont("Helvetica-Bold" if size > 12 else "Helvetica", size)
        c.drawString(72, y, text)
        y -= size + 14
    for n, page in enumerate(pages, 1):
        for text, size in page:
            c.setFont("Helvetica-Bold" if size > 11 else "Helvetica", size)
            c.drawString(72, y, text)
            y -= size + 8
        c.setFont("Helvetica", 9)
        c.drawString(72, 40, footer)
        c.drawRightString(w - 72, 40, str(n))
        c.showPage()
        y = h - 80
    c.save()
    return buf.getvalue()


BODY = [[("1. Introduction", 17), ("This document describes a format that programs share on the desktop.", 10),
         ("It was written with the maintainers of three desktops.", 10), ("2. Layout", 17),
         ("Each file holds groups of keys and values, one key a line.", 10)],
        [("3. Errors", 17), ("A reader ignores a key it does not know and keeps reading.", 10),
         ("Writers must not drop a key they do not understand.", 10)]]


@pytest.mark.parametrize("title, publisher, author", [
    ("Desktop Entry Launcher Format", "X Desktop Group (http://www.freedesktop.org)", "Maria Lindqvist"),
    ("Harbour Telemetry Exchange Protocol", "Open Maritime Data Consortium <https://www.omdc.example>",
     "Kenji Watanabe, Aoife Byrne"),
    ("Shared Thumbnail Cache Layout", "Free Desktop Working Group (https://wg.example.org)", "Tomás Ferreira"),
])
def test_publisher_with_web_address_is_no_title(title, publisher, author):
    pdf = _spec([(title, 24), (publisher, 17), (author, 17), ("contact at example.org", 12)], title, BODY)
    (talk,) = run_pdf(pdf).talks
    assert talk.title.en is not None and talk.title.en.text == title


def test_publisher_line_text_dump():
    (talk,) = run_text("Network Time Beacon Specification\nOpen Timing Working Group (https://timing.example.org)\n"
                       "Ana Costa\n\n1. Introduction\nThis document describes a beacon that broadcasts the time.\n"
                       "Devices that cannot reach a server still keep their clocks within a second.\n\n"
                       "2. Message format\nEach beacon carries the time in seconds and a counter.\n").talks
    assert talk.title.en is not None and talk.title.en.text == "Network Time Beacon Specification"


def test_near_miss_journal_name_over_paper_title_stays_front():
    # a journal's name set large over a paper's title and its author: the paper's title is the title, as before
    pdf = _spec([("Journal of Coastal Transport", 24), ("Counting Ferry Passengers with Door Sensors", 17),
                 ("Ingrid Solberg", 17), ("University of Bergen (https://www.uib.no)", 12)],
                "Journal of Coastal Transport", BODY)
    (talk,) = run_pdf(pdf).talks
    assert talk.title.en.text == "Counting Ferry Passengers with Door Sensors"


def test_organisation_with_web_address():
    assert is_organisation("X Desktop Group (http://www.freedesktop.org)")
    assert is_organisation("The Civic Software Foundation, https://civicsoft.example.org")
    assert not is_organisation("Notes on Caching (www.example.org)")
    assert not vouched_names("Desktop Entry Launcher Format", "X Desktop Group (http://www.freedesktop.org)")
    assert vouched_names("John Smith", "University of Tokyo")


# ---- 3. a thesis's preliminaries: its cover's author, a dedication's page, the title again, a section's mark -----

def _thesis(cover, dedication, title_again, sections, *, dedication_alone=True, marks=True):
    """A thesis: cover, a declaration, a dedication's page, the title again over the abstract, then chapter 1 whose
    sections after the first each open a page headed by the section's mark (``1.2. Aims``) and the folio."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    w, h = A4
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    y = h - 150
    for text, size in cover:
        c.setFont("Times-Bold" if size > 13 else "Times-Roman", size)
        c.drawCentredString(w / 2, y, text)
        y -= size + 18
    c.showPage()
    c.setFont("Times-Bold", 17)
    c.drawString(90, h - 120, "DECLARATION")
    c.setFont("Times-Roman", 12)
    c.drawString(90, h - 160, "I declare that this thesis is wholly my own work unless otherwise referenced or")
    c.drawString(90, h - 176, "acknowledged. The document has not been submitted for qualifications elsewhere.")
    c.drawCentredString(w / 2, 40, "ii")
    c.showPage()
    y = h - 250
    for i, text in enumerate(dedication):
        c.setFont("Times-Bold" if i == 0 else "Times-Italic", 17 if i == 0 else 14)
        c.drawCentredString(w / 2, y, text)
        y -= 30
    if not dedication_alone:
        c.setFont("Times-Roman", 12)
        c.drawString(90, 120, "This page also carries a note on the printing of this thesis in two volumes.")
    c.showPage()
    y = h - 120
    for text, size in title_again:
        c.setFont("Times-Bold" if size > 13 else "Times-Roman", size)
        c.drawCentredString(w / 2, y, text)
        y -= size + 10
    c.setFont("Times-Bold", 17)
    c.drawCentredString(w / 2, y - 20, "ABSTRACT")
    c.setFont("Times-Roman", 12)
    c.drawString(90, y - 60, "This thesis studies the question set out in its title with data from three sites.")
    c.drawCentredString(w / 2, 40, "iv")
    c.showPage()
    c.setFont("Times-Bold", 24)
    c.drawString(90, h - 180, "Chapter 1")
    c.drawString(90, h - 230, "Introduction")
    c.setFont("Times-Roman", 12)
    c.drawString(90, h - 270, "This chapter opens the work and says what it sets out to do.")
    y, page = h - 310, 1
    for k, (title, text) in enumerate(sections, 1):
        if k > 1 and marks:
            c.setFont("Times-Roman", 12)
            c.drawCentredString(w / 2, 40, str(page))
            c.showPage()
            page += 1
            c.setFont("Times-Italic", 12)
            c.drawString(90, h - 60, f"1.{k}. {title}")
            c.drawRightString(w - 90, h - 60, str(page))
            y = h - 110
        c.setFont("Times-Bold", 17)
        c.drawString(90, y, f"1.{k} {title}")
        c.setFont("Times-Roman", 12)
        c.drawString(90, y - 30, text)
        y -= 70
    if not marks:
        c.drawCentredString(w / 2, 40, str(page))
    c.showPage()
    c.save()
    return buf.getvalue()


THESES = [
    ([("COASTAL EROSION ON THE ILLAWARRA SHORE", 20), ("A Thesis Submitted in Partial Fulfilment of", 13),
      ("the Requirements for the Award of the Degree of", 13), ("Master of Environmental Science", 17), ("from", 13),
      ("UNIVERSITY OF NEWCASTLE", 17), ("by", 13), ("Priya Raman", 17), ("2019", 12)],
     ["Dedicated to", "My Parents", "and", "Everyone Who Walks the Shore"],
     [("Coastal Erosion on the Illawarra Shore", 17), ("Priya Raman", 12)], "Priya Raman"),
    ([("RAIL FREIGHT AND REGIONAL PORTS", 20), ("A Thesis Submitted in Partial Fulfilment of the", 13),
      ("Requirements for the Degree of", 13), ("Master of Transport Planning", 17), ("from", 13),
      ("LINCOLN UNIVERSITY", 17), ("by", 13), ("Grace Tupou", 17), ("2021", 12)],
     ["For Sione", "and for Mele"],
     [("RAIL FREIGHT AND REGIONAL PORTS", 17), ("Grace Tupou", 12), ("Master of Transport Planning", 12)], "Grace Tupou"),
    ([("SOIL CARBON UNDER ROTATIONAL GRAZING", 20), ("A Dissertation Submitted in Partial Fulfilment of", 13),
      ("the Requirements for the Award of the Degree of", 13), ("Doctor of Agricultural Science", 17), ("at", 13),
      ("MASSEY UNIVERSITY", 17), ("by", 13), ("Tomas Eriksen", 17), ("2023", 12)],
     ["Dedication", "To the farmers of the Manawatu"],
     [("Soil Carbon under Rotational Grazing", 17), ("Tomas Eriksen", 12)], "Tomas Eriksen"),
]
SECTIONS = [("Background", "The question has been asked for forty years and never settled."),
            ("Aims", "We measure the change at six sites and relate it to the weather."),
            ("Outline", "Chapter 2 gives the methods and chapter 3 the results.")]


@pytest.mark.parametrize("cover, dedication, again, author", THESES)
def test_thesis_preliminaries(cover, dedication, again, author):
    (talk,) = run_pdf(_thesis(cover, dedication, again, SECTIONS)).talks
    assert talk.speaker.name is not None and talk.speaker.name.text == author  # ``by`` / the author, past the statement
    # one document; the cover's degree and university, the dedication and the title again are front, no sections
    # (the declaration over its text is a section or front, as the preliminaries' other rules read it)
    titles = [(s.number, s.title.text) for s in talk.sections]
    assert [t for t in titles if t[1] != "DECLARATION"] == [
        (None, "ABSTRACT"), ("1", "Introduction"), ("1.1", "Background"), ("1.2", "Aims"), ("1.3", "Outline")]
    front = " ".join(t.text for t in talk.front)
    assert dedication[-1] in front and again[0][0] in front
    # a section's mark atop its page and the folio on its baseline are page furniture, as every other folio
    paragraphs = [t.text for s in talk.sections for t in s.paragraphs]
    assert not any(p.strip() in ("2", "3") for p in paragraphs)


def test_near_miss_dedication_sharing_its_page_stays():
    # a display line sharing its page with running text, and no section's mark: the sections as before
    cover, _, _, _ = THESES[0]
    (talk,) = run_pdf(_thesis(cover, ["Acknowledgement of Country", "Written on the lands of the Wurundjeri people"],
                              [("Sediment Budgets in Three Harbours", 17)], SECTIONS[:2],
                              dedication_alone=False, marks=False)).talks
    titles = [s.title.text for s in talk.sections]
    assert "Acknowledgement of Country" in titles and "Sediment Budgets in Three Harbours" in titles
    assert [s.number for s in talk.sections if s.number] == ["1", "1.1", "1.2"]


# ---- 4. a deck cover's labelled presenter ------------------------------------------------------------------------

@pytest.mark.parametrize("name, speaker", [("frames I and II", "王晓明"), ("no heading read", "刘洋"),
                                           ("code wrapped to its own line", "黄磊")])
def test_labelled_presenter_on_a_chinese_cover(name, speaker):
    slides, footer = DECKS[name]
    (talk,) = run_pdf(_deck(slides, footer)).talks
    assert talk.speaker.name is not None and talk.speaker.name.text == speaker
    assert talk.subtitle.ja is None  # the labelled line is the speaker's, no subtitle


def test_student_label_on_an_english_cover():
    slides = [("Congestion Pricing in Mid-Sized Cities", ["Thesis Defence", "Student: Maria Lopez",
                                                            "Supervisor: Prof. Alan Reed", "University of Leeds",
                                                            "May 12, 2024"]),
              ("Motivation", ["Congestion costs mid-sized cities more than they think", "Few have priced it"]),
              ("Method", ["Survey of 14 cities", "Traffic counts before and after"]),
              ("Thanks", ["Questions?"])]
    (talk,) = run_pdf(_deck(slides, "Maria Lopez  University of Leeds")).talks
    assert talk.speaker.name is not None and talk.speaker.name.text == "Maria Lopez"


def test_near_miss_supervisor_alone_names_no_speaker():
    # the supervisor's label (``导师：``) is no presenter's; a Chinese name without a label stays unread
    slides = [("基于遥感的湿地变化监测", ["导师：周强 教授", "南京大学", "2023年5月"]),
              ("研究背景", ["湿地面积持续减少。", "遥感可以长期监测。"]), ("结论", ["湿地退化趋势明显。"])]
    (talk,) = run_pdf(_deck(slides, "南京大学")).talks
    assert talk.speaker.name is None
