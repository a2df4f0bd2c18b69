"""A Japanese or an English person's name told by the words a notice sets around it (issue 19 point 4; helper jname77,
fresh-user trials 77 and 77b): an obituary's chief mourner after a relative's word, the name's reading in brackets
(``喪主は次男\ufffd（まこと）さん``); the late's katakana given name (``故　鈴木　キ\ufffd``); a writer's self-introduction
by a surname the document writes whole (``加わりました佐\ufffdです``); a player's name before a rank (``\ufffd藤　博文
六段``); a contact before a bracketed telephone (``事務局の遠\ufffd（電話…）``); a roster's name cells, whether clean
keeps them whole or they come split (``村井 早\ufffd``); a name after a credit's label (``Prepared by: Fenella
Da\ufffdes``). Made-up inputs of the same kinds (``/work/regress/in_jname77/``); each case was offered fills on the
base (b77start); near misses keep their candidates on both."""

from __future__ import annotations

import pytest

from pipeline.restore.evidence import prose_name
from tests.restore_verdicts import repair_after, repair_on_line
from tests.test_name75 import _case, _held

G = "\ufffd"
W = "\u3000"

KIN = [
    "喪主は次男?（まこと）さん。",
    "喪主は長女?美（まゆみ）さん。",
    "喪主は妻?子（ようこ）さん。",
    "喪主は長男?（たかし）さん。",
    "喪主は孫?（ひろし）さん。",
    "喪主は次女?香（ゆか）さん。",
]
LATE = [
    f"{W}故{W}鈴木{W}キ?{W}{W}施主{W}鈴木{W}康夫",
    f"{W}故{W}高橋{W}ト?{W}{W}施主{W}高橋{W}和夫",
    f"故{W}山下{W}ハ?{W}{W}施主{W}山下{W}修",
]
RANKED = [
    "審判長は日本将棋連盟の?藤　博文六段にお務めいただきました。",
    "大会には?村　浩二八段が来場された。",
    "解説は将棋連盟の?野　和也五段です。",
]
CONTACT = [
    "申込みは、クラブ事務局の遠?（電話045・900・5678）までお願いします。",
    "詳しくは、同好会事務局の?藤（電話 03-1234-5678）までお問い合わせください。",
    "お問い合わせは、実行委員会の佐?（電話 0120-111-222）まで。",
    "担当の小?（内線 215）にも連絡できます。",
]
HELD_BEFORE = [
    # held on the base by other rules (a name's fills, its census given name): held still
    f"{W}故{W}森田{W}?ヨ{W}{W}施主{W}森田{W}健",
    "指導対局は日本棋院の?田　正樹七段にお願いしました。",
    "来賓として?井　雅人九段にもお越しいただきました。",
]
SELF_INTRO = [
    # the surname written whole on the next line
    ("今号から広報委員に加わりました佐?です。よろしくお願いします。\n（文責　広報委員　佐伯　真理）\n", "加わりました佐"),
    ("今年度から書記を務めます?村です。\n（文責　書記　木村　晴美）\n", "務めます"),
    ("新しく会計になりました、?島と申します。\n（会計　中島　大介）\n", "、"),
]


@pytest.mark.parametrize("text", KIN + LATE + RANKED + CONTACT)
def test_a_name_told_by_the_notice_s_words_is_held(text):
    assert _held(repair_after(*_case(text)))


@pytest.mark.parametrize("text", HELD_BEFORE)
def test_a_name_held_before_stays_held(text):
    assert _held(repair_after(*_case(text)))


@pytest.mark.parametrize("text, before", SELF_INTRO)
def test_a_self_introduced_surname_the_document_writes_whole_is_held(text, before):
    assert _held(repair_after(text.replace("?", G), before))


KIN_NEAR_MISSES = [
    # the gap before a given name written whole after a relative's word in kana may be a particle (おいの)
    "喪主はおい?隆之（たかゆき）さん。",
]
NEAR_MISSES = [
    "体が丈?（じょうぶ）になった。",          # no relative's word (丈夫 is no 夫)
    "この機械は故障中で、キ?が回らない。",      # 故 of 故障, no surname and space
    "とても大?です。",                          # no surname written whole anywhere
    "会議室の?段に置いた。",                    # no name before the rank's place
    "詳しくは市役所の窓?（電話 0123-45-6789）まで。",  # an office's counter before a telephone (窓口)
]


@pytest.mark.parametrize("text", KIN_NEAR_MISSES + NEAR_MISSES)
def test_a_word_beside_the_notice_s_words_keeps_its_candidates(text):
    assert not _held(repair_after(*_case(text)))


@pytest.mark.parametrize("text, start, end, document", [
    ("とても大?です。", 3, 4, "とても大?です。\n大野さん、大切な話です。"),   # a word of the shape no surname: 大切
    ("こちらが?田です。", 4, 5, "こちらが?田です。"),                         # the document writes no 田 word whole
])
def test_a_self_introduction_needs_only_surnames_of_its_shape(text, start, end, document):
    assert prose_name.self_introduced_surname(text.replace("?", G), start, end, document.replace("?", G)) is None


ROSTER_SPLIT = "当番表\n月\t第1週\t第2週\t第3週\n5月\t?本\t翔\t杉山\t恵\t原田\t聡子\n6月\t石井\t大?\t今井\t由美\t川村\t優子\n"


@pytest.mark.parametrize("line", [3, 4])
def test_a_roster_split_at_its_names_spaces_holds_its_cells(line):
    assert _held(repair_on_line(ROSTER_SPLIT.replace("?", G), line))


def test_a_tab_parted_roster_keeps_its_names_whole_in_clean():
    from pipeline.clean.edits import Line
    from pipeline.clean.tables import part_table_cells
    from pipeline.model import Text

    rows = ["月\t第1週\t第2週\t第3週\t第4週", "1月\t佐々木 和子\t高野 勇\t村井 早苗\t石田 康弘",
            "2月\t中川 ふみ\t大西 徹\t吉永 千鶴\t木下 正人", "3月\t平田 恵美\t小松 孝一\t須藤 里美\t岡部 誠"]
    out, changes = part_table_cells(tuple(Line(Text.from_raw(s, n)) for n, s in enumerate(rows, 1)))
    assert [line.text.text for line in out] == rows and not changes


def test_a_table_of_numbers_parted_by_tabs_and_spaces_still_splits():
    from pipeline.clean.edits import Line
    from pipeline.clean.tables import part_table_cells
    from pipeline.model import Text

    rows = ["路線 平日\t休日", "駅前線 520\t310", "港線 410\t250"]
    out, _ = part_table_cells(tuple(Line(Text.from_raw(s, n)) for n, s in enumerate(rows, 1)))
    assert out[1].text.text == "駅前線\t520\t310"


CREDITS = [
    "Prepared by: Fenella Da?es, Cotswold Lettings Ltd",
    "Written by Ottoline Ma?ers, Head of Lettings",
    "Compiled by: Fenella Ro?cliffe",
    "Inspected by: Fenella Tre?arthen on 3 May 2026",
]
CREDITS_HELD_BEFORE = [
    # held on the base (a census name beside the gap, or its fills): held still
    "Signed: Fenella Fa?shawe",
    "Compiled by Morwenna Tre?arthen",
    "Signed: Perpetua Ha?good",
    "Inspected by: Saoirse Qu?nlan on 3 May 2026",
]
CREDIT_NEAR_MISSES = [
    "Prepared by: Harwood Chem?cals Ltd",
    "Report by Greenfield Pro?erty Services",
]


@pytest.mark.parametrize("text", CREDITS + CREDITS_HELD_BEFORE)
def test_a_name_after_a_credit_label_is_held(text):
    text = "INVENTORY AND SCHEDULE OF CONDITION\n\nProperty: 14 Mill Lane, Stroud\n" + text.replace("?", G) + "\n"
    assert _held(repair_after(text, text.split("\n")[3][: text.split("\n")[3].index(G)]))


@pytest.mark.parametrize("text", CREDIT_NEAR_MISSES)
def test_a_firm_after_a_credit_label_is_no_name(text):
    text = text.replace("?", G)
    at = text.index(G)
    assert prose_name.credited_name(text, at, at + 1) is None
