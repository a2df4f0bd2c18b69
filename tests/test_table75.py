"""Session 75, helper table75 (issue 16, fresh-user trials 74e and 74f): tables, bilingual guides, page feet, doubled
rows, greetings' signers, two-page flyers and two-line titles the segmenter misread. Made-up inputs of each kind,
with near misses that must not change (docs/segment.md, *Session 75, table75*)."""

from __future__ import annotations

import pytest

from tests.pdfmaker import text_pdf
from tests.segmenting import furniture_of, only_talk, paragraph_texts, segment_pdf, text_of

FOOT_GAP = " " * 30
JA_GAP = "\u3000" * 12


def _sections(talk):
    return [(s.number, s.title.text) for s in talk.sections]


# --- a schedule's rows are no numbered headings ---------------------------------------------------------------------

CLINIC = """市立みなと病院　外来担当医表
令和８年４月〜６月

■ 内科
診察室\t月\t火\t水\t木\t金
１診\t森田　進\t森田　進\t川村　葵\t森田　進\t川村　葵
２診\t川村　葵\t今井　学\t今井　学\t（休診）\t今井　学
３診\t（予約制）\t石川　仁\t（予約制）\t石川　仁\t（予約制）

■ 眼科
診察室\t月\t火\t水\t木\t金
１診\t高田　光\t高田　光\t（休診）\t高田　光\t高田　光
２診\t野口　望\t（手術日）\t野口　望\t（手術日）\t野口　望

受付は午前８時３０分から１１時までです。初診の方は紹介状をお持ちください。
"""

BUS = """みどり台循環バス　時刻表
令和８年４月改正

平日
便\t駅前発\t市役所\t病院前\t団地着
1便\t7:05\t7:12\t7:20\t7:31
2便\t8:05\t8:12\t8:20\t8:31
3便\t9:35\t9:42\t9:50\t10:01

お問い合わせは交通政策課まで。運行は年末年始を除き毎日です。
"""

ROTA = """Harbour Surgery - Clinic Rota
Spring term 2026

Room\tMonday\tTuesday\tWednesday\tThursday
1\tDr Patel\tDr Okafor\tDr Patel\tDr Lewis
2\tDr Lewis\tNurse Grant\tDr Okafor\tDr Patel
3\tNurse Grant\tDr Lewis\tNurse Grant\tNurse Grant

Appointments can be booked online or by telephone from 8 a.m. on weekdays.
"""


@pytest.mark.parametrize("text", [CLINIC, BUS, ROTA], ids=["clinic", "bus", "rota"])
def test_schedule_rows_are_no_sections(text):
    talk, _ = only_talk(text)
    assert all(s.number is None for s in talk.sections), _sections(talk)
    rows = [p for s in talk.sections for first, n in s.tables for p in s.paragraphs[first:first + n]]
    rows += [p for first, n in talk.front_tables for p in talk.front[first:first + n]]
    assert any(p.text.startswith(("1診", "1便", "1\t")) for p in rows)


def test_near_miss_numbered_headings_stay():
    text = ("市立みなと病院のご案内\n\n１　診療科の紹介\n当院には内科、外科、眼科など十二の診療科があり、地域の皆様の健康を支えています。\n\n"
            "２　受診の流れ\n受付で診察券をお出しください。初診の方は問診票にご記入いただきます。\n")
    talk, _ = only_talk(text)
    assert [s.number for s in talk.sections] == ["1", "2"]


# --- page feet: a foot counting the pages, a foot over the next page's head -------------------------------------------

def test_foot_counting_pages_japanese():
    title = "市立みなと病院　外来担当医表"
    text = CLINIC.replace("受付は", f"{title}{JA_GAP}１／２\n{title}\n【お知らせ】\n受付は") + f"{title}{JA_GAP}２／２\n"
    talk, ledger = only_talk(text)
    feet = [t for _, t in furniture_of(ledger)]
    assert any(t.endswith("1／2") for t in feet) and any(t.endswith("2／2") for t in feet)
    assert not any("／2" in p for p in paragraph_texts(talk))


def test_foot_counting_pages_english():
    head = "Westbury Allotment Society Annual Report"
    text = (f"{head}\n2025\n\n1 Our year\nThe society had a busy year, with forty new members joining in the spring.\n"
            "Work parties cleared the old orchard and rebuilt the compost bays.\n"
            f"{head}{FOOT_GAP}Page 1 of 2\n{head}\n2 Finances\nIncome rose by a tenth, mostly from plot rents and the plant sale.\n"
            f"We thank every volunteer who gave their time this year.\n{head}{FOOT_GAP}Page 2 of 2\n")
    talk, ledger = only_talk(text)
    assert len([t for _, t in furniture_of(ledger) if "Page" in t]) == 2
    assert not any("Page" in p for p in paragraph_texts(talk))


@pytest.mark.parametrize("word", ["Page ", "p. "])
def test_foot_over_next_head(word):
    head = "Riverside Tenants Association Volunteer Guide"
    body = "Volunteers sign in at the front desk and collect a badge before their shift begins.\n" * 3
    text = (f"{head}\n\n3 Getting started\n{body}{head}{FOOT_GAP}{word}4\n{head}{FOOT_GAP}{word}5\n3.1 Safety\n{body}\n"
            f"3.2 Leaving\n{body}{head}{FOOT_GAP}{word}6\n")
    talk, ledger = only_talk(text)
    kinds = sorted(r for r, t in furniture_of(ledger) if t.startswith(head))
    assert kinds == ["running-footer", "running-footer", "running-header"]
    assert not any(p.startswith(head) for p in paragraph_texts(talk))


def test_near_miss_page_in_a_sentence():
    text = ("Volunteer Handbook\n\n1 Shifts\nThe rota for the spring is printed in the appendix on Page 7\n"
            "and copies are kept at the front desk for anyone who needs one.\n")
    talk, ledger = only_talk(text)
    assert furniture_of(ledger) == []
    assert any("Page 7" in p for p in paragraph_texts(talk))


# --- a bilingual guide's heading pair is one section -----------------------------------------------------------------

GUIDE_JA_EN = """松江城下町さんぽ　｜　Matsue Castle Town Walk
松江観光協会

１．大手前広場
1. Otemae Square
城の正面にある広場で、観光案内所があります。
The square in front of the castle has a tourist information office.

２．塩見縄手
2. Shiomi Nawate
武家屋敷が並ぶ堀沿いの通りです。
A street of samurai houses along the moat.

３．小泉八雲記念館
3. Lafcadio Hearn Memorial Museum
作家ゆかりの品を展示しています。
It shows items linked to the writer.
"""

GUIDE_EN_JA = """Kanazawa Garden Walk
Kanazawa Tourism Office

1. Kenrokuen Garden
１．兼六園
One of the three great gardens of Japan.
日本三名園の一つです。

2. Kanazawa Castle Park
２．金沢城公園
The castle grounds are free to enter.
城の敷地は無料で入れます。
"""


@pytest.mark.parametrize("text, count", [(GUIDE_JA_EN, 3), (GUIDE_EN_JA, 2)], ids=["ja-en", "en-ja"])
def test_heading_pair_is_one_section(text, count):
    talk, _ = only_talk(text)
    numbers = [s.number for s in talk.sections if s.number]
    assert numbers == [str(k) for k in range(1, count + 1)], _sections(talk)
    # the translation is kept, the section's first line
    assert all(s.paragraphs and s.paragraphs[0].text.startswith((f"{s.number}.", f"{s.number}．"))
               for s in talk.sections if s.number)


def test_near_miss_headings_with_their_own_text_stay_apart():
    text = ("交流事業報告\n\n１．はじめに\n本市は二十年前から交流を続けています。\n1. 들어가며\n우리 시는 이십 년 전부터 교류를 이어 왔습니다.\n"
            "２．成果\n今年は学生の派遣を行いました。\n2. 성과\n올해는 학생을 파견했습니다.\n")
    talk, _ = only_talk(text)
    assert [s.number for s in talk.sections] == ["1", "1", "2", "2"]


# --- a doubled row of a table of figures -----------------------------------------------------------------------------

@pytest.mark.parametrize("rows, twice", [
    (["収入合計　８，４５０，０００円", "支出合計　８，１２０，０００円", "次年度繰越　３３０，０００円"], 1),
    (["Total income  £12,400", "Total spending  £11,950", "Carried forward  £450"], 1),
    (["会費収入　１２０，０００円", "事業収入　４５，０００円", "寄付金　３０，０００円"], 0),
], ids=["ja", "en", "ja-first"])
def test_doubled_figure_row_goes_to_the_ledger(rows, twice):
    doubled = [*rows[:twice + 1], rows[twice], *rows[twice + 1:]]
    text = "活動報告書\n\n３．会計報告\n" + "\n".join(doubled) + "\n\n４．来年度\n来年度も活動を続けます。\n"
    talk, ledger = only_talk(text)
    kept = paragraph_texts(talk)
    assert kept.count(rows[twice].replace("０", "0").replace("１", "1").replace("２", "2").replace("３", "3")
                      .replace("４", "4").replace("５", "5").replace("８", "8").replace("，", ",")) <= 1
    assert any(r.rule != "page_furniture" and rows[twice][:4] in r.text for r in ledger)


def test_near_miss_row_repeated_beside_no_other_label():
    text = "練習記録\n\n記録\nRound   1\nRound   1\nRound   2\n"
    _, ledger = only_talk(text)
    assert not any("Round" in r.text for r in ledger)


# --- a greeting's signer ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("heading, signature, name", [
    ("理事長あいさつ", "理事長　山田 太郎", "山田 太郎"),
    ("会長挨拶", "会長　小林 美和", "小林 美和"),
], ids=["npo", "association"])
def test_greeting_signer_is_the_speaker(heading, signature, name):
    text = (f"特定非営利活動法人　みどりの森\n２０２５年度　事業報告書\n\n{heading}\n"
            "本年度も多くの皆様に支えられ、活動を続けることができました。心よりお礼申し上げます。\n"
            f"今後とも変わらぬご支援をお願い申し上げます。\n{signature}\n\n１．法人の概要\n名称　特定非営利活動法人　みどりの森\n"
            "２．事業の報告\n森の手入れを十二回行い、延べ三百人が参加しました。\n")
    talk, _ = only_talk(text)
    assert text_of(talk.speaker.name) == name


def test_near_miss_greeting_signed_by_no_one():
    text = ("特定非営利活動法人　みどりの森\n２０２５年度　事業報告書\n\n理事長あいさつ\n"
            "本年度も多くの皆様に支えられ、活動を続けることができました。心よりお礼申し上げます。\n理事会一同\n\n"
            "１．法人の概要\n名称　特定非営利活動法人　みどりの森\n")
    talk, _ = only_talk(text)
    assert talk.speaker.name is None


# --- a two-page flyer is no deck -------------------------------------------------------------------------------------

def _flyer_ja():
    return [[("ja", "みなと市 市民講座2026"), ("ja", "海の生き物を知ろう"), ("ja", "日時　2026年7月4日（土）午後2時"),
             ("ja", "会場　みなと市民会館 2階"), ("ja", "講師　佐藤 健 氏"),
             ("ja", "海洋生物学が専門で、県内の海岸で長年調査を続けている。"), ("ja", "・干潟の生き物"), ("ja", "・磯の観察"),
             ("ja", "1 / 2")],
            [("ja", "お申し込み方法"), ("ja", "7月1日までに、電話で生涯学習課へお申し込みください。"),
             ("ja", "お問い合わせ"), ("ja", "みなと市 生涯学習課"), ("ja", "2 / 2")]]


def _flyer_en():
    return [[("en", "Westbury Library Talks 2026"), ("en", "Birds of the Estuary"), ("en", "Date: Saturday 4 July, 2 pm"),
             ("en", "Venue: Westbury Library, Room 2"), ("en", "Speaker: Dr Ann Hale"),
             ("en", "Dr Hale has counted the estuary's waders every winter for twenty years."), ("en", "- Waders"),
             ("en", "- Geese"), ("en", "1 / 2")],
            [("en", "How to book"), ("en", "Please book by telephone or at the front desk before 1 July."),
             ("en", "Contact"), ("en", "Westbury Library, 01632 960123"), ("en", "2 / 2")]]


@pytest.mark.parametrize("pages", [_flyer_ja(), _flyer_en()], ids=["ja", "en"])
def test_two_page_flyer_is_no_deck(pages):
    doc = segment_pdf(text_pdf(pages))
    [talk] = doc.talks
    assert talk.shape != "deck"


def test_near_miss_two_slide_deck_stays():
    pages = [[("en", "Birds of the Estuary"), ("en", "- Waders"), ("en", "- Geese"), ("en", "1 / 2")],
             [("en", "Counting birds"), ("en", "- Winter counts"), ("en", "- Volunteers"), ("en", "2 / 2")]]
    doc = segment_pdf(text_pdf(pages))
    assert [t.shape for t in doc.talks] == ["deck"]


# --- a title's first line ending on a colon --------------------------------------------------------------------------

@pytest.mark.parametrize("first, second", [
    ("Night-time Heat in Two Mid-Sized Welsh Towns:", "Evidence from Newport and Wrexham"),
    ("Flood Warnings for Small Rivers:", "Lessons from the Upper Severn"),
], ids=["heat", "flood"])
def test_title_over_colon_in_a_pdf(first, second):
    pdf = text_pdf([[("en", "Journal of Regional Climate 9 (2026) 41-43"), ("en", first), ("en", second),
                     ("en", "Ann Hale, Peter Morgan"), ("en", "Abstract"),
                     ("en", "We measured night-time temperatures with forty small sensors over two summers.")]])
    [talk] = segment_pdf(pdf).talks
    assert text_of(talk.title.en) == f"{first} {second}"


def test_title_over_colon_in_a_dump():
    text = ("Flood Warnings for Small Rivers:\n\nLessons from the Upper Severn\n\nAnn Hale, Peter Morgan\n\nAbstract\n\n"
            "We measured river levels with forty small sensors over two winters and compared them with warnings.\n")
    talk, _ = only_talk(text)
    assert text_of(talk.title.en) == "Flood Warnings for Small Rivers: Lessons from the Upper Severn"


def test_near_miss_label_over_prose():
    text = "River Levels in Winter\n\nAnn Hale\n\nNotes:\n\nThe study covers three rivers and two winters of data.\n"
    talk, _ = only_talk(text)
    assert text_of(talk.title.en) == "River Levels in Winter"


def test_numbered_headings_around_a_schedule():
    """``1診療科の紹介`` heads its section; the schedule's ``2診`` row under it is a row, no section 2."""
    text = ("市立みなと病院のご案内\n\n1診療科の紹介\n当院には内科、外科、眼科など十二の診療科があり、地域の皆様の健康を支えています。\n"
            "診察室\t月\t火\t水\n1診\t森田\t森田\t川村\n2診\t川村\t今井\t今井\n\n2受診の流れ\n"
            "受付で診察券をお出しください。初診の方は問診票にご記入いただきます。\n")
    talk, _ = only_talk(text)
    assert _sections(talk) == [("1", "診療科の紹介"), ("2", "受診の流れ")]


@pytest.mark.parametrize("ja, en", [("①　", "① "), ("（１）", "(1) ")], ids=["circled", "paren"])
def test_marked_heading_pair_is_one_section(ja, en):
    def mark(s, k):
        return s.replace("１", chr(0xFF10 + k)).replace("1", str(k)).replace("①", chr(0x245F + k))
    text = "城下町めぐり\n\n" + "".join(
        f"{mark(ja, k)}{j}\n{mark(en, k)}{e}\n{jt}\n{et}\n\n" for k, (j, e, jt, et) in enumerate([
            ("大手門", "Otemon Gate", "城の正門です。江戸時代に建てられました。", "The main gate of the castle, built in the Edo period."),
            ("天守", "Castle Keep", "国宝に指定されています。", "It is a National Treasure."),
            ("二の丸庭園", "Ninomaru Garden", "四季の花が楽しめます。", "You can enjoy flowers in every season.")], 1))
    talk, _ = only_talk(text)
    assert [s.title.text for s in talk.sections] == ["大手門", "天守", "二の丸庭園"], _sections(talk)


def test_two_page_flyer_dump_is_no_deck():
    text = ("みなと市 市民講座2026\n\n海の生き物を知ろう\n\n日時　2026年7月4日（土）午後2時\n会場　みなと市民会館 2階\n講師　佐藤 健 氏\n"
            "海洋生物学が専門で、県内の海岸で長年調査を続けている。\n・干潟の生き物\n・磯の観察\n\n1 / 2\n\nお申し込み方法\n"
            "7月1日までに、電話で生涯学習課へお申し込みください。\nお問い合わせ\nみなと市 生涯学習課\n\n2 / 2\n")
    talk, _ = only_talk(text)
    assert talk.shape != "deck"
    assert text_of(talk.speaker.name) == "佐藤 健"
