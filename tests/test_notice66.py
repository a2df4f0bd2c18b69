"""A notice's issuing office, addressee and contact, and a newsletter's issuer's label (issue 16, fresh-user trials
65c and 65d; helper notice66). Variants and near misses: /work/regress/in_notice66/.

- A municipality's agency (``港区保健所``, ``北浜市福祉事務所``) closing a notice under its date names its city, as its
  departments do (``桜川市環境課``, ``北山町役場総務課`` already did, spaced or not).
- A notice's addressee under its title (``市民の皆様へ``, ``保護者各位``, ``To all residents``, ``주민 여러분께``) is
  ``front``, never the heading of the notice's text; ``市民の皆様の声`` heading a report's section stays a heading.
- A closing contact block's office (``問い合わせ先`` / ``桜川市環境課`` / ``電話 …``) names the city where nothing else
  does; a library or an association there names none, nor an office a sentence mentions.
- A newsletter titled by its issuer's label (``みなと台市からのお知らせ``) takes its city from the label; a market's
  label (``みなと古本市``) and a city only the body mentions give none.
Dates are written in arabic digits: a kanji-numeral date (``令和六年十二月一日``) is the date reader's (helper date66).
"""

from __future__ import annotations

import pytest

from tests.segment_inputs import run_text


def _only(text: str):
    (talk,) = run_text(text).talks
    return talk


def _city(talk) -> str | None:
    return talk.city.ja.text if talk.city.ja is not None else None


def _front(talk) -> list[str]:
    return [t.text for t in talk.front]


def _titles(talk) -> list[str]:
    return [s.title.text for s in talk.sections]


def _affiliation(talk) -> str | None:
    return talk.speaker.affiliation.text if talk.speaker.affiliation is not None else None


NOTICE = """\
ごみ収集日程の変更について

{addressee}

年末年始のごみ収集日程を次のとおり変更します。

1. 可燃ごみの収集は12月29日で年内の収集を終了します。
2. 資源ごみの収集は1月6日から再開します。

ご理解とご協力をお願いいたします。

令和6年12月1日
{office}
"""


@pytest.mark.parametrize("office, city", [("港区保健所", "港区"), ("北浜市福祉事務所", "北浜市"), ("青葉市北支所", "青葉市")])
def test_a_municipal_agency_closing_a_notice_names_its_city66(office, city):
    talk = _only(NOTICE.format(addressee="市民の皆様へ", office=office))
    assert _affiliation(talk) == office
    assert _city(talk) == city


@pytest.mark.parametrize("office, city", [("桜川市環境課", "桜川市"), ("緑丘市教育委員会", "緑丘市"),
                                          ("北山町役場総務課", "北山町"), ("桜川市 環境課", "桜川市")])
def test_the_trials_notice_unspaced_or_not_its_addressee_front66(office, city):
    talk = _only(NOTICE.format(addressee="市民の皆様へ", office=office))
    assert (_affiliation(talk), _city(talk)) == (office, city)
    assert _front(talk) == ["市民の皆様へ", "令和6年12月1日", office]  # its foot front since helper notice66b
    assert _titles(talk) == [""]  # the notice's text, untitled: the addressee heads nothing
    assert talk.sections[0].paragraphs[0].text == "年末年始のごみ収集日程を次のとおり変更します。"


@pytest.mark.parametrize("addressee", ["保護者各位", "関係者各位", "住民の皆さまへ", "주민 여러분께"])
def test_an_addressee_under_the_title_is_front66(addressee):
    talk = _only(NOTICE.format(addressee=addressee, office="桜川市環境課"))
    assert _front(talk) == [addressee, "令和6年12月1日", "桜川市環境課"]  # its foot front since helper notice66b
    assert addressee not in _titles(talk)


def test_an_english_notices_addressee_is_front66():
    talk = _only("Change to Bin Collection Days\n\nTo all residents\n\n"
                 "From 1 April, general waste will be collected on Tuesdays instead of Mondays.\n\n"
                 "Thank you for your cooperation.\n\n14 March 2025\nWaste Services, Ashford Borough Council\n")
    # its foot front since helper news67 (the issuing office under its date, as the Japanese notice's above)
    assert _front(talk) == ["To all residents", "14 March 2025", "Waste Services, Ashford Borough Council"]
    assert _titles(talk) == [""]


REPORT = """\
市民アンケート結果の報告

{addressee}

今年度の市民アンケートの結果をまとめました。

回答数

アンケートには1,200人の方から回答をいただきました。回答率は40パーセントでした。

市民の皆様の声

公園の整備や子育て支援の充実を求める意見が多く寄せられました。今後の施策に生かしてまいります。
"""


def test_a_section_headed_by_the_readers_voice_stays_a_heading66():
    talk = _only(REPORT.format(addressee="関係者各位"))
    assert _front(talk)[0] == "関係者各位"
    assert "市民の皆様の声" in _titles(talk)  # about the readers, no addressee: the section's heading, as before
    assert "関係者各位" not in _titles(talk)


CONTACT = """\
資源ごみの分別方法が変わります

4月から、プラスチック製容器包装を資源ごみとして回収します。詳しくは{mention}の窓口でお尋ねください。

1. 回収日は毎週水曜日です。
2. 汚れを落としてから出してください。

{heading}
{office}
電話 0296-12-3456
"""


@pytest.mark.parametrize("heading, office, city", [("問い合わせ先", "桜川市環境課", "桜川市"),
                                                   ("【お問い合わせ】", "緑丘市教育委員会　生涯学習課", "緑丘市"),
                                                   ("連絡先", "北山町役場 住民課", "北山町")])
def test_a_closing_contact_blocks_office_names_the_city66(heading, office, city):
    talk = _only(CONTACT.format(heading=heading, office=office, mention="本庁舎1階"))
    assert _city(talk) == city
    # (the closing block since helper close82, the office line is read as the line closing the text first)
    assert any(e.kind == "city" and ("closing contact block names" in e.detail or "line closing the text names" in e.detail)
               and office.split("\u3000")[0].split(" ")[0] in e.detail for e in talk.evidence)
    # no office's city where the contact is a library or an association, though a sentence names a city's office
    for other in ("さくら台図書館", "港北市国際交流協会"):
        assert _city(_only(CONTACT.format(heading=heading, office=other, mention="桜川市環境課"))) is None


def test_a_contact_label_before_the_office_on_its_line66():
    talk = _only("狂犬病予防注射の実施について\n\n今年度の狂犬病予防注射を区役所駐車場で実施します。\n\n"
                 "問い合わせ先：港区保健所\n電話 03-1234-5678\n")
    assert _city(talk) == "港区"
    assert _front(talk) == ["問い合わせ先：港区保健所", "電話 03-1234-5678"]


NEWSLETTER = """\
{label}

市民プールの営業を開始します
　今年も市民プールの営業を7月1日から開始します。営業時間は午前9時から午後5時までです。

夏の防災訓練に参加しませんか
　8月24日に市内全域で防災訓練を行います。訓練には青葉市の消防団も参加します。
{contact}
"""


def test_a_newsletter_titled_by_its_issuers_label_takes_its_city66():
    talk = _only(NEWSLETTER.format(label="みなと台市からのお知らせ",
                                   contact="問い合わせ　みなと台市役所　危機管理課　電話0123-45-6789"))
    assert talk.title.ja.text == "みなと台市からのお知らせ"
    assert _city(talk) == "みなと台市"
    assert any(e.kind == "city" and "issuer's label" in e.detail for e in talk.evidence)
    talk = _only(NEWSLETTER.format(label="ひばりが丘市教育委員会からのお知らせ", contact=""))
    assert _city(talk) == "ひばりが丘市"
    # a market's label names no city (``市`` read いち), nor does the body's passing mention of one (青葉市)
    talk = _only(NEWSLETTER.format(label="みなと古本市からのお知らせ",
                                   contact="問い合わせ　みなと古本市実行委員会　電話0123-98-7654"))
    assert _city(talk) is None
    assert _city(_only(NEWSLETTER.format(label="さくら台だより", contact=""))) is None


TRIAL_KOHO = """\
広報みなと台　令和7年6月号　　1
みなと台市からのお知らせ

市民プールの営業を開始します
　今年も市民プールの営業を7月1日から開始します。営業時間は午前9時から午後5時まで
です。小学生以下の方は保護者の同伴が必要です。利用料金は大人300円、子ども100円
です。

粗大ごみの収集日が変わります
　7月から粗大ご�の収集日が毎月第2水曜日に変わります。申し込みは収集日の一週間前
までに環境課へ電話でお願いします。

広報みなと台　令和7年6月号　　2
夏の防災訓練に参加しませんか
　8月24日（日）に市内全域で防災訓練を行います。当日は午前10時にサイレンが鳴りま
す。各地区の避難場所に集まり、消火器の使い方や応急手当を体験してください。訓練に
参加した方には非常食を配ります。
問い合わせ　みなと台市役所　危機管理課　電話0123-45-6789
広報みなと台　令和7年6月号　　3
"""


def test_the_trials_newsletter66():
    talk = _only(TRIAL_KOHO)  # trial 65c's t65c_koho.txt, a lost glyph and all
    assert talk.title.ja.text == "みなと台市からのお知らせ"
    assert _city(talk) == "みなと台市"
