"""Page furniture where each page break shows once (issue 16 point 4, fresh-user trial 76d; helper folio77).

Each kind both ways:

1. A page's foot and the next page's head, one text with a folio counting up by one, a blank line or a form feed
   between them (``…（回覧）　…１／２`` / ``…２／２``, ``…　－1－`` / ``－2－``, ``… Page 1 of 2`` / ``Page 2 of 2``,
   ``THE MILLERS OF HEBDEN BRIDGE   41`` / ``42``), are furniture in dumps of two and three pages, with and
   without form feeds (``furniture._pairs_at_breaks``).
2. Once they are in the ledger, a sentence cut by the break is joined across it, a heading after the head stays a
   heading, and a list's last row at a page's foot takes no paragraph of the next page.
3. A label counting the blocks it opens (``Candidate 2`` over ``Name: …``, ``出展者　２`` over ``名称　…``) is no
   running head, nor a deck's glued slide number (``furniture._periodic_heads``, ``slides._opens_block_over``).

Near misses stay: a list of articles (``第1条`` / ``第2条``), ``Step 1 of 3`` inside a body, a table's ``1/2`` cells,
chapter labels (``Chapter 1`` / ``Chapter 2``). Made-up inputs; the trial's files are under
``/work/regress/in_trial76d``, the variants also under ``/work/regress/in_folio77``.
"""

from __future__ import annotations

import pytest

from tests.segment_inputs import front_texts, furniture, paragraphs, run_text

W = "\u3000"


def _ja_foot(text: str, folio: str) -> str:
    return text + W * 18 + folio


def _en_foot(text: str, folio: str) -> str:
    return text + " " * 20 + folio


def _kairan(break_: str = "\n\n") -> str:
    """A neighbourhood notice of two pages, its foot and head counting ``１／２`` / ``２／２``."""
    head = "みどり町内会だより（回覧）"
    return "\n".join([
        "令和8年4月10日", "会員各位", "", "みどり町内会　会長　石川　和夫", "", "春の清掃活動のお知らせ", "",
        "　日頃より町内会の活動にご協力いただき、ありがとうございます。今年も下記のとおり春の清掃",
        "活動を行いますので、ご参加くださいますようお願いいたします。", "",
        "１．日時", "　令和8年4月26日（日）午前8時から午前10時まで", "",
        "２．集合場所", "　みどり町第二公園　東側入口", "",
        "３．持ち物", "　軍手、タオル、飲み物", "",
        _ja_foot(head, "１／２") + break_ + _ja_foot(head, "２／２"),
        "４．雨天の場合", "　小雨の場合は実施します。大雨の場合は中止とし、当日午前7時に町内放送でお知らせします。", "",
        "５．その他", "　ごみ袋は町内会で用意します。集めたごみは公園の北側にまとめて置いてください。", "",
        "以上", ""])


def _houkoku(break_: str = "\n\n") -> str:
    """A library's report of three pages, its foot and head ``－N－``, a sentence cut at the second break."""
    head = "みなと市　図書館利用調査報告"
    return "\n".join([
        "みなと市　図書館利用調査報告", "", "みなと市立中央図書館", "",
        "１．調査の目的", "　本調査は、市民の図書館利用の実態を把握し、今後のサービスの改善に役立てることを目的とする。",
        "　調査は令和7年10月から11月にかけて、来館者への聞き取りと利用記録の集計により行った。", "",
        "２．来館者の傾向", "　平日の来館者は高齢者が多く、休日は子ども連れの家族が多い。夕方の時間帯には学生の利用も目立つ。",
        "　来館の目的は本の貸出が最も多く、次いで新聞や雑誌の閲覧、学習室の利用の順であった。", "",
        _ja_foot(head, "－1－") + break_ + _ja_foot(head, "－2－"),
        "３．貸出の傾向", "　貸出数は児童書が最も多く、全体の四割を占める。一般書では料理や健康に関する本がよく借りられて",
        "いる。また、電子書籍の貸出は前年より二割増えた。", "",
        "　予約の件数も増えており、人気のある本は数か月待ちとなることがある。このため、購入する冊数の見直しと、",
        _ja_foot(head, "－2－") + break_ + _ja_foot(head, "－3－"),
        "予約の上限の設定を検討する必要がある。", "",
        "４．まとめ", "　図書館は世代を問わず広く利用されている。今後は開館時間の延長と電子書籍の充実を進めたい。", ""])


def _newsletter(break_: str = "\f") -> str:
    """A tenants' newsletter of two pages, ``Page 1 of 2`` / ``Page 2 of 2``, a heading right under the head."""
    head = "Riverside Tenants Association Newsletter"
    return "\n".join([
        "RIVERSIDE TENANTS ASSOCIATION", "Spring Newsletter 2026", "",
        "Welcome to the spring newsletter. This issue covers the garden project, the repairs survey and",
        "the dates of our next meetings. Thank you to everyone who answered the survey in February.", "",
        "Garden project", "The community garden behind Block C will open on 2 May. Twelve raised beds are available",
        "to tenants, and the association will provide seeds, tools and a water butt for each bed.", "",
        _en_foot(head, "Page 1 of 2") + break_ + _en_foot(head, "Page 2 of 2"),
        "Repairs survey",
        "Sixty-two households answered the survey. The most common problems were damp in bathrooms and",
        "slow repairs to lifts. We have sent the results to the housing office and asked for a meeting.", "",
        "Meetings", "Our next meetings are on 14 April and 12 May at 7 pm in the community room.", ""])


def _history(break_: str = "\n\n") -> str:
    """A family history's chapter over three pages, its head with a bare folio (``41`` / ``42``), sentences cut at
    both breaks, a list of rows closing the last page."""
    head = "THE MILLERS OF HEBDEN BRIDGE"
    return "\n".join([
        "THE MILLERS OF HEBDEN BRIDGE", "Chapter 2: William and Ann, 1851-1920", "",
        "William Miller was born in 1851 in a cottage on Old Town Lane, the eldest son of a fustian cutter. He",
        "left school at ten and went to work in the cutting sheds beside the canal, as his father had done.", "",
        "Marriage",
        "In 1874 William married Ann Crabtree at the Wesleyan chapel in Heptonstall. They lived at first with",
        "Ann's parents, and later took a house of their own on Bridge Lanes, where their first three children",
        "were born and where, in the spring of 1880, the family moved to", "",
        _en_foot(head, "41") + break_ + _en_foot(head, "42"),
        "a larger house on Market Street, close to the mill where William had become an overlooker.", "",
        "Later years",
        "William retired in 1912 and spent his last years tending an allotment above the town. Ann kept",
        "the accounts of the chapel's sick club for more than twenty years and was known to everyone in",
        "the street. Their youngest son, Harold, took over the allotment after William's death and kept", "",
        _en_foot(head, "42") + break_ + _en_foot(head, "43"),
        "it until the 1950s. They had four children:",
        "  Harold Miller (1876-1950), allotment holder",
        "  Alice Miller (1878-1961), weaver",
        "  Ellen Miller (1881-1959), emigrated to Fall River, Massachusetts", "",
        _en_foot(head, "43") + break_ + _en_foot(head, "44"),
        "The family's letters from Fall River are kept at the Hebden Bridge archive, with the sick club's minute",
        "books and a photograph of the allotment taken in 1938.", "",
        "Sources: parish registers, census returns 1851-1911, and the family's letters.", ""])


PAIRED = [
    pytest.param(_kairan(), "みどり町内会だより", 2, id="ja-2-pages-counted"),
    pytest.param(_kairan("\f"), "みどり町内会だより", 2, id="ja-2-pages-counted-form-feed"),
    pytest.param(_houkoku(), "図書館利用調査報告　", 4, id="ja-3-pages-dashed"),
    pytest.param(_houkoku("\f"), "図書館利用調査報告　", 4, id="ja-3-pages-dashed-form-feed"),
    pytest.param(_newsletter(), "Tenants Association Newsletter", 2, id="en-2-pages-page-of-form-feed"),
    pytest.param(_newsletter("\n\n"), "Tenants Association Newsletter", 2, id="en-2-pages-page-of"),
    pytest.param(_history(), "THE MILLERS OF HEBDEN BRIDGE ", 6, id="en-4-pages-bare"),
    pytest.param(_history("\f"), "THE MILLERS OF HEBDEN BRIDGE ", 6, id="en-4-pages-bare-form-feed"),
]


@pytest.mark.parametrize("text, head, copies", PAIRED)
def test_a_foot_and_the_next_pages_head_at_each_break_are_furniture(text, head, copies):
    doc = run_text(text)
    [talk] = doc.talks
    assert sum(head in t for t, _ in furniture(doc)) == copies
    assert not any(head in p for p in paragraphs(talk) + front_texts(talk))
    reasons = [reason for t, reason in furniture(doc) if head in t]
    assert reasons.count("running-footer") == reasons.count("running-header") == copies // 2


@pytest.mark.parametrize("text, joined", [
    pytest.param(_houkoku(), "購入する冊数の見直しと、予約の上限の設定を検討する必要がある。", id="ja"),
    pytest.param(_houkoku("\f"), "購入する冊数の見直しと、予約の上限の設定を検討する必要がある。", id="ja-form-feed"),
    pytest.param(_history(), "the family moved to a larger house on Market Street", id="en"),
    pytest.param(_history(), "after William's death and kept it until the 1950s.", id="en-second-break"),
])
def test_the_sentence_cut_by_the_break_is_joined_across_it(text, joined):
    [talk] = run_text(text).talks
    assert any(joined in p for p in paragraphs(talk))


@pytest.mark.parametrize("text, heading", [
    pytest.param(_newsletter(), "Repairs survey", id="form-feed"),
    pytest.param(_newsletter("\n\n"), "Repairs survey", id="blank"),
    pytest.param(_kairan(), "雨天の場合", id="ja"),
])
def test_a_heading_under_the_head_stays_a_heading(text, heading):
    [talk] = run_text(text).talks
    assert heading in [s.title.text for s in talk.sections]


def test_a_lists_last_row_at_the_foot_takes_no_paragraph_of_the_next_page():
    [talk] = run_text(_history()).talks
    paras = paragraphs(talk)
    assert "Ellen Miller (1881-1959), emigrated to Fall River, Massachusetts" in paras
    assert any(p.startswith("The family's letters from Fall River") for p in paras)


# -- labels counting blocks: no running heads ------------------------------------------------------------------------

def _candidates() -> str:
    def one(n: int, name: str, age: int, text: str) -> list[str]:
        return ["", f"Candidate {n}", f"Name: {name}", f"Age: {age}", "Party: Independent", "", "My pledges", text,
                "I will hold a public meeting every three months and publish the council's spending.",
                "I will support the bus service and the weekly market.", ""]
    rule = "----------------------------------------"
    return "\n".join(
        ["HOLM PARISH COUNCIL ELECTION", "Candidates' statements", "",
         "The statements below are printed as the candidates gave them, in the order of nomination.",
         "Polling day is Thursday 7 May 2026, from 7 am to 10 pm.", rule]
        + one(1, "Margaret Ellis", 58, "I have lived in Holm for thirty years and served on the village hall committee.")
        + [rule] + one(2, "David Okoro", 44, "I run the garage on Station Road and want safer crossings near the school.")
        + [rule] + one(3, "Susan Pryce", 63, "I am a retired nurse and want a surgery open in the village twice a week.")
        + [rule, "Published by the Returning Officer, Holm District Council", ""])


def _exhibitors() -> str:
    def one(n: str, name: str, text: str) -> list[str]:
        return ["", f"出展者　{n}", f"名称　　{name}", "所在地　みどり町", "", "紹介", text,
                "　当日は試食と実演も予定しています。ぜひお立ち寄りください。", ""]
    rule = "――――――――――――――――"
    return "\n".join(
        ["みどり町　秋の物産展", "出展者のご紹介", "", "　今年の物産展には三つの事業者が出展します。出展順にご紹介します。", "", rule]
        + one("１", "みどり製菓", "　町内産の小豆を使った和菓子を作り続けて五十年になります。") + [rule]
        + one("２", "やまぶき農園", "　減農薬で育てた野菜と果物を、朝どりのままお届けします。") + [rule]
        + one("３", "かわせみ工房", "　地元の杉を使った木の器や玩具を一つずつ手作りしています。")
        + [rule, "主催　みどり町商工会", ""])


def _bulletin() -> str:
    """An election bulletin of two pages: candidates numbered ``候補者番号　N``, the one break's foot and head
    ``…選挙公報　…－1－`` / ``－2－`` after candidate 2."""
    head = "南山町議会議員一般選挙　選挙公報"

    def one(n: str, name: str, text: str) -> list[str]:
        return [f"候補者番号　{n}", f"氏名　　{name}", "年齢　　50歳", "党派　　無所属", "", "わたしの約束",
                "・町の防災体制を見直し、避難所の備蓄を増やします。", "・子育て世代の医療費の助成を広げます。", "", text, ""]
    rule = "━━━━━━━━━━━━━━━━━━━━"
    return "\n".join(
        ["南山町議会議員一般選挙", "選挙公報", "", "投票日　令和8年4月19日（日）", "",
         "　この選挙公報は、候補者から提出された原稿をそのまま掲載しています。", "", rule, ""]
        + one("１", "山口　一郎（やまぐち　いちろう）", "　町の農業を守るために働きます。") + [rule, ""]
        + one("２", "中村　花子（なかむら　はなこ）", "　子どもたちの声を議会に届けます。")
        + [_ja_foot(head, "－1－"), "", _ja_foot(head, "－2－")]
        + one("３", "森田　健（もりた　けん）", "　災害に強いまちをつくります。")
        + [rule, "発行　南山町選挙管理委員会", ""])


@pytest.mark.parametrize("text, labels", [
    pytest.param(_candidates(), ["Candidate 1", "Candidate 2", "Candidate 3"], id="en"),
    pytest.param(_exhibitors(), ["出展者　1", "出展者　2", "出展者　3"], id="ja"),
    pytest.param(_bulletin(), ["候補者番号　1", "候補者番号　2", "候補者番号　3"], id="ja-with-a-break"),
])
def test_a_label_counting_the_blocks_it_opens_is_no_running_head(text, labels):
    doc = run_text(text)
    [talk] = doc.talks
    assert not talk.slides  # nor a deck's glued slide numbers
    kept = paragraphs(talk) + [s.title.text for s in talk.sections] + front_texts(talk)
    for label in labels:
        assert any(label in t for t in kept), label
    assert not any(t.strip() in labels for t, _ in furniture(doc))


def test_the_bulletins_break_is_furniture_and_its_candidates_stay():
    doc = run_text(_bulletin())
    assert sorted(reason for t, reason in furniture(doc) if "選挙公報" in t) == ["running-footer", "running-header"]


# -- near misses ---------------------------------------------------------------------------------------------------

NEAR = [
    pytest.param("みどり町自治会規約\n\n第1条\n　この会は、みどり町自治会と称する。\n\n第2条\n"
                 "　この会は、会員相互の親睦を図り、住みよい地域をつくることを目的とする。\n\n第3条\n"
                 "　この会の事務所は、みどり町集会所に置く。\n", ["第1条", "第2条", "第3条"], id="articles"),
    pytest.param("Setting up your water butt\n\nThese instructions come with every water butt the association lends. "
                 "Read them before you start.\n\nStep 1 of 3\nPlace the stand on firm, level ground next to a downpipe."
                 "\n\nStep 2 of 3\nFit the diverter kit to the downpipe at the height of the butt's inlet.\n\n"
                 "Step 3 of 3\nConnect the hose and check that water flows into the butt when it rains.\n",
                 ["Step 1 of 3", "Step 2 of 3", "Step 3 of 3"], id="steps"),
    pytest.param("Medicines to take\n\nPlease take your tablets as shown in the table.\n\n"
                 "Tablet              Dose\nAmlodipine 5 mg     1/2\n\nAmlodipine 5 mg     2/2\n\n"
                 "Ask your pharmacist if you are unsure.\n", ["1/2", "2/2"], id="table-halves"),
    pytest.param("A SHORT HISTORY OF HOLM\n\nChapter 1\nThe village grew up around a ford on the river, where the old "
                 "road crossed.\n\nChapter 2\nThe railway came in 1849 and brought the mill, the school and the first "
                 "shops.\n", ["Chapter 1", "Chapter 2"], id="chapters"),
]


@pytest.mark.parametrize("text, kept", NEAR)
def test_near_misses_stay_text(text, kept):
    doc = run_text(text)
    [talk] = doc.talks
    texts = paragraphs(talk) + [s.title.text for s in talk.sections] + [s.heading.text for s in talk.sections
                                                                          if s.heading is not None] + front_texts(talk)
    for k in kept:
        assert any(k in t for t in texts), k
    assert furniture(doc) == []
