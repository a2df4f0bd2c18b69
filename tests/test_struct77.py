"""Session 77, helper struct77 (issue 16 point 2): the visible structure of fresh-user trial 77's Japanese documents.

Each kind with variants and near misses that must not change (docs/segment.md, *Session 77, struct77*; the trial's
files are under ``/work/regress/in_trial77``, made-up variants also under ``/work/regress/in_struct77``):

a. a lab's members line (``教授　A　／　助教　B``) gives each person with their post, the lab over it their
   affiliation, never a person; an organisation's line with its address in brackets is no heading; a Japanese
   reference's wrapped line set in under it goes on the reference;
b. a job offer's company line with its address is front, its ``■`` headings keep level 1;
c. a header row over rows whose trailing cells were left empty heads their table; a 回覧板's contact lines over its
   form are its closing block, the form a section of its own;
d. a Japanese foot set off from its ``p.N`` folio by one ideographic space is furniture.
"""

from __future__ import annotations

import pytest

from tests.segment_inputs import furniture, run_text
from tests.segmenting import only_talk

W = "\u3000"


def _titles(talk):
    return [(s.level, s.title.text) for s in talk.sections]


def _authors(talk):
    return [(a.name.text, a.affiliation.text if a.affiliation is not None else None) for a in talk.speaker.authors]


# --- b. an organisation's line with its address is no heading ---------------------------------------------------------

def _offer(company: str) -> str:
    return "\n".join([
        "求　人　票", "", company, "",
        "■ 職種", "　製造スタッフ（正社員）", "",
        "■ 仕事内容", "　部品の組み立てと検査をお任せします。経験のない方でも、先輩社員が丁寧に指導します。", "",
        "■ 応募資格", "　・高卒以上", "　・普通自動車免許", "",
        "■ 応募・お問い合わせ", "　総務部 採用担当　山本 花子", "　電話 053-000-0000", ""])


@pytest.mark.parametrize("company", [
    "株式会社 丸勝精機　（静岡県浜松市中央区高丘東3-14-2）",
    "有限会社 北村製作所（新潟市西区五十嵐二の町8050）",
    "社会福祉法人 みどり会　（長野県松本市緑ヶ丘3-1）",
])
def test_company_line_with_its_address_is_front(company):
    talk, _ = only_talk(_offer(company))
    assert _titles(talk) == [(1, "職種"), (1, "仕事内容"), (1, "応募資格"), (1, "応募・お問い合わせ")]
    assert company.strip() in [t.text.strip() for t in talk.front]


def test_a_plain_phrase_over_marked_headings_stays_their_heading():
    """A near miss: a phrase with no address over the ``■`` headings heads them as before."""
    talk, _ = only_talk(_offer("募集要項"))
    assert _titles(talk)[0] == (1, "募集要項") and all(level == 2 for level, _ in _titles(talk)[1:])


def test_address_shapes():
    from pipeline.segment.organisations import ja_postal_address, organisation_with_address

    assert organisation_with_address("新潟大学 工学部 工学科 社会基盤工学プログラム（新潟市西区五十嵐二の町）")
    assert not organisation_with_address("環境システム工学研究室（水野研究室）")
    assert not organisation_with_address("夏祭りのご案内（緑町三丁目）")
    assert not any(ja_postal_address(s) for s in ("市町村の取り組み", "浜松市", "長野県の観光"))


# --- a. a lab's members line --------------------------------------------------------------------------------------------

def _lab(members: str, lab: str = "環境システム工学研究室（水野研究室）") -> str:
    return "\n".join([
        "研究室紹介", "", lab, members, "新潟大学 工学部 工学科（新潟市西区五十嵐二の町）", "",
        "1. 研究室の概要", "当研究室では、雪国の都市における水と熱の循環を研究しています。", "",
        "2. 最近の業績", "［1］水野直樹，長谷川彩：消雪パイプの間欠散水による",
        "　節水効果，土木学会論文集，Vol.82，2026．", "［2］長谷川彩，水野直樹：地中熱利用住宅の冬期性能，",
        "　空気調和・衛生工学会大会，2025．", ""])


@pytest.mark.parametrize("members, people", [
    ("教授　水野 直\ufffd　／　助教　長谷川 \ufffd", [("水野 直\ufffd", "教授"), ("長谷川 \ufffd", "助教")]),
    ("教授　山田 太郎・准教授　鈴木 花子", [("山田 太郎", "教授"), ("鈴木 花子", "准教授")]),
    ("教授　水野 直樹　准教授　佐藤 一郎　助教　長谷川 彩",
     [("水野 直樹", "教授"), ("佐藤 一郎", "准教授"), ("長谷川 彩", "助教")]),
])
def test_members_line_gives_each_person_with_their_post(members, people):
    talk, _ = only_talk(_lab(members))
    lab = "環境システム工学研究室（水野研究室）"
    assert _authors(talk) == [(name, lab + post) for name, post in people]
    assert talk.speaker.name.text == people[0][0]
    assert talk.speaker.affiliation.text == lab


def _lab_pdf(address: str, members: str = "教授　水野 直樹　／　助教　長谷川 彩") -> bytes:
    """A lab's page as a PDF: the department's address line set larger than the body, as the trial's was."""
    from tests.pdfmaker import JA, drawn_pdf

    runs = [(JA, 16, 50, 790, "研究室紹介"), (JA, 12, 50, 765, "環境システム工学研究室（水野研究室）"),
            (JA, 10.5, 50, 748, members), (JA, 12, 50, 732, address), (JA, 11, 50, 705, "1. 研究室の概要")]
    y = 688
    for line in ("当研究室では、雪国の都市における水と熱の循", "環を対象に、融雪設備の省エネルギー化や、地下",
                 "水を利用した冷暖房の研究を行っています。"):
        runs.append((JA, 9.5, 50, y, line))
        y -= 14
    runs.append((JA, 11, 50, y - 10, "2. 最近の業績"))
    y -= 27
    for line in ("［1］水野直樹，長谷川彩：消雪パイプの間欠散水による", "　節水効果，土木学会論文集，Vol.82，2026．",
                 "［2］長谷川彩，水野直樹：地中熱利用住宅の冬期性能，", "　空気調和・衛生工学会大会，2025．"):
        runs.append((JA, 9.5, 50, y, line))
        y -= 14
    return drawn_pdf([runs])


@pytest.mark.parametrize("address", [
    "新潟大学 工学部 工学科 社会基盤工学プログラム（新潟市西区五十嵐二の町）",
    "東西大学 理工学部（〒950-2181 新潟市西区五十嵐二の町8050）",
    "北陸工業大学 環境学科（石川県金沢市高尾町2-1）",
])
def test_lab_address_line_is_no_heading(address):
    from tests.segment_inputs import run_pdf

    [talk] = run_pdf(_lab_pdf(address)).talks
    assert _titles(talk) == [(1, "研究室の概要"), (1, "最近の業績")]
    assert [t.text for t in talk.front] == [address]
    lab = "環境システム工学研究室（水野研究室）"
    assert _authors(talk) == [("水野 直樹", lab + "教授"), ("長谷川 彩", lab + "助教")]
    assert [p.text for p in talk.sections[-1].paragraphs] == [
        "［1］水野直樹，長谷川彩：消雪パイプの間欠散水による節水効果，土木学会論文集，Vol.82，2026．",
        "［2］長谷川彩，水野直樹：地中熱利用住宅の冬期性能，空気調和・衛生工学会大会，2025．"]


def test_one_post_and_name_under_the_lab():
    """One post and name under the lab: the person is the speaker, the lab with the post the affiliation."""
    talk, _ = only_talk(_lab("教授　水野 直樹"))
    assert _authors(talk) == [("水野 直樹", "環境システム工学研究室（水野研究室）教授")]


def test_a_name_with_its_post_in_brackets_is_read_as_before():
    """A near miss: a person's name with the post in brackets stays the speaker's name."""
    talk, _ = only_talk("研究報告\n\n山田 太郎（港町市観光課長）\n\n1. 概要\n本文です。調査を行いました。\n")
    assert (talk.speaker.name.text, talk.speaker.affiliation.text) == ("山田 太郎", "港町市観光課長")


def test_reference_wrap_set_in_goes_on():
    talk, _ = only_talk(_lab("教授　水野 直樹　／　助教　長谷川 彩"))
    assert [p.text for p in talk.sections[-1].paragraphs] == [
        "［1］水野直樹，長谷川彩：消雪パイプの間欠散水による節水効果，土木学会論文集，Vol.82，2026．",
        "［2］長谷川彩，水野直樹：地中熱利用住宅の冬期性能，空気調和・衛生工学会大会，2025．"]


def test_numbered_heading_over_its_set_in_paragraph_stays_apart():
    """A near miss: ``1．…`` over its indented paragraph is a heading, no reference's hang."""
    doc = run_text("お知らせ\n\n1．夜警について\n　今年も夜警を行います。\n\n2．新年会について\n　新年会を開きます。\n")
    [talk] = doc.talks
    assert [t for _, t in _titles(talk)] == ["夜警について", "新年会について"]


# --- c. a header over rows whose last cells are empty; a 回覧板's closing block ----------------------------------------

def _kairan(contacts: list[str], label: str = "出欠・確認欄") -> str:
    return "\n".join([
        "回覧板　令和8年12月", "", "緑ヶ丘三丁目町内会", "会長　森本 清志", "",
        "１．年末の夜警について", "　今年も年末の夜警を行います。午後8時に集会所前へお集まりください。", "",
        "２．防災訓練の報告", "　防災訓練には68名の方が参加されました。次回は春に予定しています。", "",
        *contacts, "", label, "班\t氏名\t確認印", "1班\t佐々木\t", "2班\t高野\t", "3班\t石田\t", ""])


@pytest.mark.parametrize("contacts, label", [
    (["お問い合わせ：町内会長　森本（電話 0263-55-1208）", "所在地：長野県松本市緑ヶ丘三丁目"], "出欠・確認欄"),
    (["連絡先：町内会長　森本（電話 0263-55-1208）"], "回覧確認欄"),
    (["問い合わせ：事務局　電話 0263-55-1208", "住所：松本市緑ヶ丘3-1"], "確認印"),
])
def test_contacts_over_a_form_are_the_closing_block(contacts, label):
    talk, _ = only_talk(_kairan(contacts, label))
    assert [talk.front[k].text for k in talk.front_closing] == contacts
    assert talk.sections[-1].title.text == label
    assert talk.sections[-1].tables == ((0, 4),)
    assert talk.sections[-2].title.text == "防災訓練の報告"
    assert [p.text for p in talk.sections[-2].paragraphs] == ["防災訓練には68名の方が参加されました。次回は春に予定しています。"]


def test_contacts_glued_to_the_text_stay_the_item_s():
    """A near miss: contact lines with no blank line under the item's text stay its paragraphs."""
    text = _kairan(["お問い合わせ：町内会長　森本（電話 0263-55-1208）"]).replace("予定しています。\n\n", "予定しています。\n")
    talk, _ = only_talk(text)
    assert talk.front_closing == ()


def test_header_over_rows_with_empty_last_cells_heads_the_table():
    from pipeline.segment.tables import table_runs
    from pipeline.model import Text

    mk = lambda *ss: [Text.inserted(s) for s in ss]  # noqa: E731
    assert table_runs(mk("班\t氏名\t確認印", "1班\t佐々木", "2班\t高野")) == ((0, 3),)
    assert table_runs(mk("月\t第1週\t第2週\t第3週", "1月\t佐々木\t高野", "2月\t中川\t大西")) == ((0, 3),)


def test_header_of_numbers_stays_apart():
    """A near miss: a row of numbers over shorter rows is no header (each cell a label)."""
    from pipeline.segment.tables import table_runs
    from pipeline.model import Text

    mk = lambda *ss: [Text.inserted(s) for s in ss]  # noqa: E731
    assert table_runs(mk("1\t2\t3", "1班\t佐々木", "2班\t高野")) == ((1, 2),)


# --- d. a Japanese foot with ``p.N`` after one ideographic space --------------------------------------------------------

@pytest.mark.parametrize("foot", ["丸勝精機　採用案内", "みなと食品　会社案内", "北村製作所　募集要項"])
def test_feet_with_page_word_folio_are_furniture(foot):
    pad = W * 20
    text = "\n".join([
        "求　人　票", "", "■ 職種", "　製造スタッフ（正社員）", "", "■ 仕事内容",
        "　部品の組み立てと検査をお任せします。経験のない方でも、先輩社員が丁寧に指導します。", "",
        "■ 応募資格", "　高卒以上。普通自動車免許が必要です。", "", pad + foot + W + "p.1", "",
        "■ 福利厚生", "　社会保険完備。通勤手当があります。", "", "■ 選考方法", "　書類選考のうえ、面接を行います。", "",
        pad + foot + W + "p.2", ""])
    doc = run_text(text)
    assert [t.strip() for t, _ in furniture(doc)] == [foot + W + "p.1", foot + W + "p.2"]
    [talk] = doc.talks
    assert not any("p.1" in p.text or "p.2" in p.text for s in talk.sections for p in s.paragraphs)


def test_a_page_reference_once_stays_text():
    """A near miss: ``詳しくは　p.3`` once, in the text, is no foot."""
    doc = run_text("お知らせ\n\n■ 概要\n　説明会を開きます。\n詳しくは　p.3\n\n■ 日時\n　5月1日です。\n")
    assert furniture(doc) == []
