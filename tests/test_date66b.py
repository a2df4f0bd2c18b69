"""One place for the fact "this is a date" (issue 16; helper date66b, after date66's kanji-numeral date reader).

date66 made ``labels.date_digits`` / ``labels.is_date_line`` read a date in kanji numerals (``令和六年十二月一日``,
``二〇二四年十月一日（火）``) as its digits, but several rules kept digit-only date patterns of their own: a dated
occasion before a speaker (``names._DATE_FIRST``), a policy's enactment line (``events._ENACTMENT_JA``), a calendar's
entry (``sections._EVENT_DATE``), an article's date under its headline (``sections._FULL_DATE_ALONE``), a masthead's
dated line (``titleblock._FULL_DATE_JA``), a newsletter's issue date before ``発行`` (``titleblock._DATED_ISSUE``), a
year opening the line under a cover title (``titleblock._YEAR_OPENING``), a calendar's key (``labels.calendar_key``)
and a diary's dated entries (``labels.dated_entries``). Each now asks its pattern of the line as ``date_digits``
reads it, so a kanji-numeral date gives what its digits give; and the reader reads a year in the ``千``/``百``
notation (``二千二十四年``). Inputs: /work/regress/in_date66b/.
"""

from __future__ import annotations

import pytest

from pipeline.segment.events import is_enactment
from pipeline.segment.labels import calendar_key, date_digits, dated_entries, is_date_line
from pipeline.segment.names import speaker_split
from pipeline.segment.sections import _event_entry
from pipeline.segment.titleblock import _dated, publisher_line
from tests.segment_inputs import run_text


# --- the shared reader: a year with 千 and 百 -------------------------------------------------------------------

@pytest.mark.parametrize("kanji, digits", [
    ("二千二十四年十月一日", "2024年10月1日"),
    ("二千二十四年十二月一日（日）", "2024年12月1日（日）"),
    ("千九百九十九年三月", "1999年3月"),
    ("二千五年四月一日", "2005年4月1日"),
])
def test_senhyaku_year_read_as_digits(kanji, digits):
    assert date_digits(kanji) == digits
    assert is_date_line(kanji) and is_date_line(digits)


@pytest.mark.parametrize("text", ["三百年の歴史", "千年", "二千千年", "百日紅", "二千二十四年の取り組み"])
def test_senhyaku_near_misses(text):
    # a count of years, a millennium's word, no numeral, a plant's name, a year run into a phrase: no date line
    assert not is_date_line(text)


# --- each rule reads a kanji-numeral date as its digits ---------------------------------------------------------

PAIRS = [
    # (rule, digit form, kanji forms, the rule's answer)
    (is_enactment, "令和7年4月1日　制定", ("令和七年四月一日　制定",), True),
    (is_enactment, "（2025年4月1日施行）", ("（二〇二五年四月一日施行）", "（二千二十五年四月一日施行）"), True),
    (_event_entry, "桜まつり　4月5日（土）　中央公園", ("桜まつり　四月五日（土）　中央公園",), True),
    (_event_entry, "ふれあい体操　4月23日（水）　体育館", ("ふれあい体操　四月二十三日（水）　体育館",), True),
    (speaker_split, "令和7年3月12日 港町市観光課長 山田 太郎", ("令和七年三月十二日 港町市観光課長 山田 太郎",), None),
    (_dated, "2025年4月1日発行　かわせみ町公民館", ("二〇二五年四月一日発行　かわせみ町公民館", "二千二十五年四月一日発行　かわせみ町公民館"), True),
    (_dated, "かわせみだより　2025年4月", ("かわせみだより　二〇二五年四月",), True),
    (publisher_line, "令和6年9月2日発行　みどり野市立みどり野小学校", ("令和六年九月二日発行　みどり野市立みどり野小学校",), True),
    (calendar_key, "4月　始業式", ("四月　始業式",), True),
    (calendar_key, "令和6年12月　危機管理課", ("令和六年十二月　危機管理課",), True),
]


@pytest.mark.parametrize("rule, digits, kanji, expected", PAIRS, ids=[f"{p[0].__name__}-{p[1]}" for p in PAIRS])
def test_kanji_date_as_its_digits(rule, digits, kanji, expected):
    assert rule(digits) == expected
    for k in kanji:
        assert rule(k) == expected, k


NEAR = [
    (is_enactment, "令和七年四月一日から施行する。", False),  # the body's sentence, no closing statement
    (is_enactment, "令和七年四月　制定", False),  # no day: as ``令和7年4月　制定``
    (_event_entry, "桜まつり　第五回　中央公園", False),  # an ordinal, no day
    (_event_entry, "日時　四月五日（土）", False),  # a field's label and its day
    (_dated, "かわせみだより　二千年の歩み", False),  # a count of years
    (publisher_line, "令和六年九月二日発行の広報誌に誤りがありました。", False),  # a sentence
    (calendar_key, "四月の実績", False),
    (calendar_key, "三日月", False),
    (speaker_split, "七瀬 太郎（港町市観光課長）", 0),  # a name opening on a numeral's kanji stays a speaker
]


@pytest.mark.parametrize("rule, text, expected", NEAR, ids=[f"{p[0].__name__}-{p[1]}" for p in NEAR])
def test_near_misses(rule, text, expected):
    assert rule(text) == expected


def test_dated_entries_in_kanji():
    digits = ["令和6年1月5日（金）　晴れ", "朝から雪かきをした。", "令和6年1月6日（土）　くもり", "図書館へ行った。",
              "令和6年1月7日（日）　雪", "家で過ごした。"]
    kanji = ["令和六年一月五日（金）　晴れ", "朝から雪かきをした。", "令和六年一月六日（土）　くもり", "図書館へ行った。",
             "令和六年一月七日（日）　雪", "家で過ごした。"]
    assert dated_entries(digits) == dated_entries(kanji) == [0, 2, 4]


# --- whole documents: the kanji form gives the digit form's structure ---------------------------------------------

CALENDAR = """ひばり町公民館だより

行事予定

桜まつり　{0}（土）　中央公園
親子料理教室　{1}（日）　公民館調理室
ふれあい体操　{2}（水）　体育館

公民館からのお知らせ
図書コーナーの本を入れ替えました。ぜひご利用ください。
"""

HEADLINES = """みなと町だより

秋の防災訓練を実施しました
{0}
町内会の皆さんが参加し、避難経路を確認しました。消火器の使い方も学びました。

図書館の開館時間が変わります
{1}
平日の開館時間を午後7時までに延長します。ぜひご利用ください。
"""

DECK = """防災まちづくりの取り組み
{0}　危機管理課

1. 地域の現状

・避難所は市内に25か所ある
・高齢者の割合が増えている

2. 今後の取り組み

・防災訓練を年2回行う
・備蓄品を見直す
"""


def _outline(segmented) -> tuple:
    (talk,) = segmented.talks

    def read(t):
        return date_digits(t.text) if t is not None else None

    sections = tuple(read(s.heading) or read(s.title) for s in talk.sections)
    front = tuple(read(t) for t in talk.front)
    slides = tuple((read(s.title), tuple(read(t) for t in s.lines)) for s in talk.slides or ())
    return talk.shape, read(talk.title.ja), read(talk.subtitle.ja), sections, front, slides


@pytest.mark.parametrize("doc, digits, kanji", [
    (CALENDAR, ("4月5日", "4月13日", "4月23日"), ("四月五日", "四月十三日", "四月二十三日")),
    (HEADLINES, ("令和6年10月2日", "令和6年10月9日"), ("令和六年十月二日", "令和六年十月九日")),
    (HEADLINES, ("2024年10月2日", "2024年10月9日"), ("二〇二四年十月二日", "二〇二四年十月九日")),
    (DECK, ("令和6年12月",), ("令和六年十二月",)),
], ids=["calendar", "headline-era", "headline-positional", "deck-cover"])
def test_document_kanji_as_digits(doc, digits, kanji):
    assert _outline(run_text(doc.format(*kanji))) == _outline(run_text(doc.format(*digits)))


SCHOOL = """みどり野小だより　第5号
{0}発行　みどり野市立みどり野小学校　校長　高橋　誠

運動会のお知らせ
十月五日（土）に運動会を行います。雨天の場合は翌日に延期します。

給食だより
今月の献立表を配布しました。ご家庭でもご覧ください。
"""


def test_school_newsletter_kanji_as_digits():
    assert _outline(run_text(SCHOOL.format("令和六年九月二日"))) == _outline(run_text(SCHOOL.format("令和6年9月2日")))


@pytest.mark.parametrize("date", ["令和6年9月2日", "令和六年九月二日"])
def test_school_newsletter_first_headline(date):
    (talk,) = run_text(SCHOOL.format(date)).talks
    assert "運動会のお知らせ" in [s.title.text for s in talk.sections]
