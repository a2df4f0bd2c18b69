"""Fresh-user trial 62c's segment faults (issue 16, helper deck63), each read as a kind, with made-up variants and
near misses (the same shapes, as files, are in ``/work/regress/in_deck63/``):

1. A slide's number printed right under its title (``Beppu: An Onsen City`` / ``1`` / ``■ …``) numbers that slide
   (``slides._numbers_under_titles``); it had cut the deck at each number, each title alone in an empty slide.
2. A PDF page's folio (``- 2 -`` at its foot) numbers no slide where the page holds the talk's paper too or two
   slides or more (``slides.pages_of_several_slides``); the slides are cut at their titles set large
   (``slides.titles_set_large``). Two slides had merged into one numbered by the page.
3. ``(1)``/``(2)`` under a numbered section whose own text comes first stay that text's items, as the sample's
   ``（１）ものづくり部会`` do (no change: pinned here, the decision is docs/segment.md's *Sections*).
4. A newsletter's article headline after a signature, a contact line or a notice's field, standing apart, heads its
   article, over running text or over a run of fields (``sections._after_article``, ``sections._heads_fields``); the
   newsletter stays one document (session 51).
"""

from __future__ import annotations

import pytest

from pipeline.model import Text
from pipeline.segment.slides import find_anchors
from tests.pdfmaker import EN, JA, drawn_pdf
from tests.segment_inputs import run_pdf, run_text


def _slides(doc):
    return [(s.number, s.title.text if s.title else None, [t.text for t in s.lines])
            for talk in doc.talks for s in talk.slides]


# --- 1. a slide's number under its title -------------------------------------------------------------------------

PROCEEDINGS = """第5回 日中都市交流会議 資料集

福岡県 久留米市
つつじの街の国際交流
International Exchange in the City of Azaleas
久留米市協働推進部 国際交流課長　松尾 洋介

久留米市は1980年に中国合肥市と友好都市提携を結んだ。以来、両市は教育と産業の分野で交流を続けてきた。
近年は、市内の大学と合肥市の大学との間で研究者の相互派遣が行われている。

Kurume and Hefei
1
■ Friendship agreement in 1980
■ Exchanges in education and industry
University Partnerships
2
■ Researchers sent both ways
■ Joint seminar every autumn
Next Steps
3
■ Youth exchange programme
■ Online language classes
"""

EN_DECK = """Harbour Heat Network
City of Ostrava, Energy Office

Why Heat Networks
2
- Half of our emissions come from heating
- Old boilers in 4,000 homes
Pilot Area
3
- Harbour district, 1,200 homes
- Waste heat from the paper mill
What Comes Next
4
- Second district from 2027
- Public hearings in spring
"""

JA_DECK = """ごみ減量の取組について
令和7年度 市民説明会
さくら市 環境部 ごみ対策課

現状
2
・一人一日当たりのごみ量は880グラム
・資源化率は18パーセントにとどまる

取組の方針
3
・生ごみの分別収集を全市に拡大
・事業系ごみの手数料を見直す

お問い合わせ
4
・ごみ対策課　電話 0123-11-2233
"""


def test_proceedings_slides_numbered_under_their_titles():
    (talk,) = run_text(PROCEEDINGS).talks
    assert talk.shape == "proceedings"
    assert [(s.number, s.title.text, len(s.lines)) for s in talk.slides] == [
        (1, "Kurume and Hefei", 2), (2, "University Partnerships", 2), (3, "Next Steps", 2)]


def test_english_deck_numbered_under_its_titles():
    slides = _slides(run_text(EN_DECK))
    assert [(n, t) for n, t, _ in slides][1:] == [(2, "Why Heat Networks"), (3, "Pilot Area"), (4, "What Comes Next")]
    assert slides[1][2] == ["- Half of our emissions come from heating", "- Old boilers in 4,000 homes"]
    assert all(not line.strip().isdigit() for _, _, lines in slides for line in lines)


def test_japanese_deck_numbered_under_its_titles():
    slides = _slides(run_text(JA_DECK))
    assert [(n, t) for n, t, _ in slides][1:] == [(2, "現状"), (3, "取組の方針"), (4, "お問い合わせ")]
    assert slides[-1][2] == ["・ごみ対策課\u3000電話 0123-11-2233"]  # the field's space is the writer's (wrap63)


@pytest.mark.parametrize("lines, expected", [
    (["Agenda", "- Routes", "2", "Routes", "- North", "3", "Next"], False),  # numbers below their slides
    (["- Intro", "2", "Routes", "- North", "3", "Costs", "- Bus"], False),  # numbers over their titles
    (["Boats", "12", "- Four old boats", "Timetable", "- Hourly"], False),  # one count under a title: no run
    (["Kurume and Hefei", "1", "■ Agreement", "Next Steps", "3", "■ Youth"], False),  # a number missing: either side
    (["Kurume and Hefei", "1", "■ Agreement", "Next Steps", "2", "■ Youth"], True),
])
def test_numbers_under_titles_needs_every_number_so(lines, expected):
    from pipeline.segment.slides import _numbers_under_titles

    texts = [Text.inserted(s) for s in lines]
    assert _numbers_under_titles(texts, find_anchors(texts, 0, len(texts)), 0) is expected


NUMBERS_BELOW = """Safer Routes to School
City of Tartu, Transport Department

Agenda
- Where children walk
- What we changed
2
Where Children Walk
- 60% walk or cycle
- Three busy crossings
3
What We Changed
- New crossings at two schools
- Lower speed limit
4
"""

TABLE_CELL = """Ferry Services Review
Island Council, Transport Unit

Passengers
- 1.2 million trips a year
- Peak in August
2
Boats
12
- Four boats over 30 years old
- Two new boats ordered
3
Timetable
- Hourly in summer
- Every two hours in winter
4
"""


def test_numbers_closing_their_slides_as_before():
    slides = _slides(run_text(NUMBERS_BELOW))
    assert [(n, t) for n, t, _ in slides][1:] == [(2, "Agenda"), (3, "Where Children Walk"), (4, "What We Changed")]


def test_a_count_under_a_title_stays_the_slides_line():
    slides = _slides(run_text(TABLE_CELL))
    assert [(n, t) for n, t, _ in slides][1:] == [(2, "Passengers"), (3, "Boats"), (4, "Timetable")]
    assert slides[2][2][0] == "12"


# --- 2. a PDF page's folio beside several slides ------------------------------------------------------------------

A4 = (595.28, 841.89)


def _slide(top, title, bullets, number=None):
    runs = [(EN, 14.0, 60.0, top, title)]
    for k, b in enumerate(bullets):
        runs.append((EN, 10.5, 70.0, top - 22 - 17 * k, b))
    return runs + ([(EN, 8.0, 480.0, top - 150, str(number))] if number is not None else [])


def _folio(n):
    return [(EN, 8.0, 290.0, 30, f"- {n} -")]


HANDOUT = [[("Drought Planning", ["Reservoir rules revised", "Farm water banking"]),
            ("Flood Planning", ["Retention basins", "Early warning by text"])],
           [("Funding", ["State grants", "User fees"]), ("Next Steps", ["Public hearings in May"])],
           [("Monitoring", ["Gauges on three rivers"]), ("Contact", ["Basin office, River Hall"])]]


@pytest.mark.parametrize("numbered", [False, True])
def test_handout_pages_folio_numbers_no_slide(numbered):
    pages, k = [], 0
    for p, page in enumerate(HANDOUT, 1):
        runs = []
        for j, (title, bullets) in enumerate(page):
            k += 1
            runs += _slide(760 - 360 * j, title, bullets, k if numbered else None)
        pages.append(runs + _folio(p))
    doc = run_pdf(drawn_pdf(pages, A4))
    slides = _slides(doc)
    titles = [t for page in HANDOUT for t, _ in page]
    assert [t for _, t, _ in slides] == titles
    assert [n for n, _, _ in slides] == (list(range(1, 7)) if numbered else [None] * 6)
    assert [lines for _, _, lines in slides] == [b for page in HANDOUT for _, b in page]
    folios = {r.text for r in doc.ledger if r.reason == "page-number"}
    assert {"- 1 -", "- 2 -", "- 3 -"} <= folios


def _paper_page(n, city, title_ja, title_en, speaker, body, slides):
    runs = [(JA, 11.0, 60, 760, city), (JA, 15.0, 60, 740, title_ja), (EN, 13.0, 60, 718, title_en),
            (JA, 10.5, 60, 697, speaker)]
    y = 661
    for line in body:
        runs.append((JA, 10.5, 60, y, line))
        y -= 17
    y -= 17
    for title, bullets in slides:
        runs.append((EN, 13.0, 60, y, title))
        y -= 20
        for b in bullets:
            runs.append((EN, 10.5, 60, y, "- " + b))
            y -= 18.5
    return runs + _folio(n)


def test_proceedings_page_folio_numbers_no_slide():
    pages = [
        _paper_page(1, "岐阜県 高山市", "古い町並みと国際観光", "Old Streets and International Tourism",
                    "高山市商工観光部 観光課長　中田 誠",
                    ["高山市は、江戸時代の町並みを生かした観光地として、海外から多くの観光客を迎えている。",
                     "本稿では、多言語案内と住民の受け入れ体制について述べる。"],
                    [("Takayama Today", ["Half a million foreign visitors", "Signs in ten languages"]),
                     ("Living with Visitors", ["Quiet hours in old streets"])]),
        _paper_page(2, "中国 西安市", "西安市の文化遺産保護", "Heritage Protection in Xi'an", "西安市文物局 副局長　李 明",
                    ["西安市は、城壁や兵馬俑など多くの文化遺産を有している。", "本報告では、遺産の保護と観光の両立について紹介する。"],
                    [("The City Wall", ["Restored from 1983", "Cycling on the wall"])]),
        _paper_page(3, "長野県 松本市", "城下町の景観づくり", "Townscape of a Castle Town", "松本市都市計画課 課長補佐　上原 恵",
                    ["松本市は、国宝松本城を中心とした城下町の景観を守るため、建物の高さを制限してきた。"],
                    [("Matsumoto Castle Area", ["Height limits since 2000"])]),
    ]
    doc = run_pdf(drawn_pdf(pages, A4))
    assert [[(s.number, s.title.text) for s in t.slides] for t in doc.talks] == [
        [(None, "Takayama Today"), (None, "Living with Visitors")], [(None, "The City Wall")],
        [(None, "Matsumoto Castle Area")]]


def test_one_slide_a_page_keeps_its_folio_as_its_number():
    land = (841.89, 595.28)

    def page(title, number, bullets):
        return [(EN, 24.0, 60, 500, title)] + [(EN, 16.0, 80, 450 - 30 * k, b) for k, b in enumerate(bullets)] \
            + [(EN, 9.0, 780, 30, str(number))]

    pages = [[(EN, 26.0, 60, 400, "School Meals Programme"), (EN, 14.0, 60, 340, "Town of Eastbrook, Education Office")],
             page("Where We Are", 2, ["- 1,800 meals a day", "- Local farms supply a third"]),
             page("What Changes", 3, ["- Free meals for all pupils", "- New kitchen in 2026"]),
             page("Questions", 4, ["- education@eastbrook.example"])]
    slides = _slides(run_pdf(drawn_pdf(pages, land)))
    assert [(n, t) for n, t, _ in slides] == [(1, "School Meals Programme"), (2, "Where We Are"), (3, "What Changes"),
                                             (4, "Questions")]


# --- 3. (1)/(2) under a section's own text: its items, as the sample's ----------------------------------------------

PAPER = """地方都市における空き家活用の実態と課題

信州大学 工学部 建築学科　准教授　山本 直樹

1. はじめに
本研究は、空き家バンク制度の運用実態を調査したものである。

2. 調査の方法
2.1 対象地域
対象は、長野県のA市、B町、C町の3市町である。
2.2 調査の内容
各市町の担当者への聞き取り調査と、登録・成約データの分析を行った。
(1) 聞き取り調査
2024年6月から8月にかけて、半構造化インタビューを実施した。
(2) データ分析
登録物件数、成約件数、成約までの期間を集計した。

3. 結果
成約率は町によって大きく異なった。
"""


def test_items_under_a_sections_own_text_stay_its_paragraphs():
    (talk,) = run_text(PAPER).talks
    numbers = [s.number for s in talk.sections]
    assert numbers == ["1", "2", "2.1", "2.2", "3"]
    (s22,) = [s for s in talk.sections if s.number == "2.2"]
    assert [p.text for p in s22.paragraphs][1::2] == ["(1) 聞き取り調査", "(2) データ分析"]


def test_items_opening_a_section_are_its_subsections():
    # the same items right under the heading, no text of the section's own before them: subsections (trials 26–30)
    (talk,) = run_text(PAPER.replace("各市町の担当者への聞き取り調査と、登録・成約データの分析を行った。\n", "")).talks
    assert [s.number for s in talk.sections] == ["1", "2", "2.1", "2.2", "2.2.1", "2.2.2", "3"]


# --- 4. a newsletter's articles after a signature, a contact line or a field ---------------------------------------

NEWSLETTERS = {
    "aoba": ("""広報あおば　令和7年11月号　No.612
発行：青葉町役場 総務課　〒390-1234 長野県青葉郡青葉町大字中央1-1

町長あいさつ
　朝晩の冷え込みが厳しくなってまいりました。町民の皆さまにはお変わりなくお過ごしでしょうか。
　10月に開催した「青葉町ふるさと祭り」には、町内外から約4,500人の方にお越しいただきました。
ご協力いただいた皆さまに心より感謝申し上げます。
青葉町長　田中 修

インフルエンザ予防接種の費用を助成します
対象　町内に住所のある65歳以上の方
期間　令和7年10月1日～令和8年1月31日
自己負担額　1,500円
問合せ　保健福祉課　電話 0263-00-1111

冬期の除雪にご協力ください
　道路に雪を出さないでください。また、路上駐車は除雪作業の妨げになります。
　除雪車が通る時間帯は、早朝5時から8時ごろです。

今月の行事
11月3日（月・祝）\t文化祭\t公民館
11月16日（日）\t防災訓練\t各地区
""", ["町長あいさつ", "インフルエンザ予防接種の費用を助成します", "冬期の除雪にご協力ください", "今月の行事"]),
    "mizuho": ("""広報みずほ　令和8年2月号　No.233
発行：瑞穂町役場 企画課

新春のごあいさつ
　新年あけましておめでとうございます。町民の皆さまには健やかに新春をお迎えのこととお喜び申し上げます。
瑞穂町長　山口 宏

確定申告の受付を行います
日時　令和8年2月16日～3月16日
会場　役場2階 大会議室
問合せ　税務課　電話 0265-00-2222

水道管の凍結にご注意ください
　気温が氷点下4度以下になると、水道管が凍結しやすくなります。
""", ["新春のごあいさつ", "確定申告の受付を行います", "水道管の凍結にご注意ください"]),
    "hibari": ("""ひばりが丘自治会だより　第48号　2025年10月
発行：ひばりが丘自治会 広報部

秋の防災訓練を行います
日時　11月9日（日）午前9時から
集合　ひばりが丘公園
担当　防災部　電話 090-0000-1111

ごみ集積所の清掃当番
　10月から当番表が新しくなりました。回覧板でお知らせしますので、ご確認ください。
担当　環境部　電話 090-0000-2222

子ども会からのお知らせ
　ハロウィンの仮装行列を10月31日に行います。地域の皆さまのご協力をお願いします。
""", ["秋の防災訓練を行います", "ごみ集積所の清掃当番", "子ども会からのお知らせ"]),
    "aozora": ("""学校だより　あおぞら　第7号
令和7年9月1日　みなと市立青空小学校

二学期を迎えて
　長い夏休みが終わり、子どもたちの元気な声が学校に戻ってきました。二学期も、一人一人の成長を支えてまいります。
校長　石井 真理子

運動会のお知らせ
日時　9月27日（土）午前8時30分開始
場所　本校 運動場

給食費の口座振替について
　9月から給食費の引き落とし日が毎月10日に変わります。残高のご確認をお願いします。
""", ["二学期を迎えて", "運動会のお知らせ", "給食費の口座振替について"]),
}


@pytest.mark.parametrize("name", sorted(NEWSLETTERS))
def test_newsletter_articles_are_sections_of_one_document(name):
    text, headlines = NEWSLETTERS[name]
    (talk,) = run_text(text).talks  # one document (session 51: a newsletter's articles stay one)
    assert [s.title.text for s in talk.sections] == headlines
    paragraphs = [p.text for s in talk.sections for p in s.paragraphs]
    assert not set(headlines) & set(paragraphs)
    # the signature and the contact lines stay their articles' paragraphs, no headings
    assert all(not s.title.text.startswith(("問合せ", "担当", "日時", "対象")) for s in talk.sections)


NOTICE = """港総第456号
令和7年10月1日

自治会長 各位

港南市長　山田 太郎

防災訓練の実施について（通知）

　日頃より市政にご協力いただき、ありがとうございます。
　下記のとおり防災訓練を実施しますので、ご参加ください。

記
日時　令和7年11月9日（日）午前9時
場所　港南市立中央小学校

以上
"""


def test_a_notices_fields_under_its_ki_as_before():
    """The fields stay paragraphs of their own under the letter; ``記`` itself is a ``front`` line, as sessions 57/69
    decided for a notice's 記 (session 85, helper talks85: it had headed a section here)."""
    (talk,) = run_text(NOTICE).talks
    assert "記" in [f.text for f in talk.front]
    assert [p.text for p in talk.sections[-1].paragraphs][-2:] == ["日時\u3000令和7年11月9日（日）午前9時", "場所\u3000港南市立中央小学校"]


def test_a_signature_heads_nothing():
    # a greeting's post and name under its last sentence, fields under it with no blank line: no headline (it had
    # headed the fields before; the fields stay the greeting's lines, no blank line parting an article)
    text = ("広報さくら　令和7年6月号\n発行：桜町役場 総務課\n\n町長あいさつ\n　梅雨の季節となりました。お変わりなくお過ごしでしょうか。\n"
            "桜町長　大野 和夫\n日時　6月1日\n会場　公民館\n")
    (talk,) = run_text(text).talks
    assert [s.title.text for s in talk.sections] == ["町長あいさつ"]
