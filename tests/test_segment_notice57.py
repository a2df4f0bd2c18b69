"""Japanese official notices (通知文/依頼文/お知らせ) and lecture flyers (issue 16, helper notice57).

A notice sets its document number, date, addressee and sender over its subject (``…について（通知）``), then its
items under ``記`` and ``以上``: the subject is its title, the number, date and addressee ``front``, the sender its
speaker, whose post (``港南市長``) names its city; the items are sections titled by their labels. A flyer names its
talk under ``演題`` and its speaker under ``講師`` with the affiliation in brackets after the honorific. The made-up
inputs are kept in ``/work/regress/in_notice57/`` too.
"""

from __future__ import annotations

import pytest

from tests.segment_inputs import run_text

NOTICE = """\
港総第１２３号
令和６年４月１日
関係各位
港南市長　山田　太郎
　　　　市民講座の開催について（通知）
　このことについて、下記のとおり開催しますので通知します。
記
１　日時　令和６年５月１０日（金）午後２時から
２　場所　港南市役所　大会議室
３　内容　防災について
以上
（担当）総務課　佐藤　電話 045-123-4567
"""

PREFECTURE = """\
総務第８号
令和７年１月２０日
各市町村長　殿
みどり県知事　川上　一郎
防災訓練への参加について（依頼）
　日頃より県政の推進にご協力いただき、ありがとうございます。
　標記について、下記のとおり実施しますので、参加者の推薦をお願いします。
記
１．日時　令和７年２月１５日（土）午前９時から
２．場所　みどり県庁　講堂
３．提出期限　令和７年２月５日（水）
以上
担当：危機管理課　中村
電話：012-345-6789
"""

TOWN = """\
令和６年９月２日
保護者の皆様
北浜町長　佐々木　花子
秋の健康診断の実施について（お知らせ）
　秋の健康診断を次のとおり実施します。ご家族の皆様でご参加ください。
記
１　日時　令和６年１０月５日（土）午前９時～正午
２　会場　北浜町保健センター
３　持ち物　健康保険証、問診票
以上
（問い合わせ）北浜町健康福祉課　電話 0123-45-6789
"""

WARD = """\
中央第４５号
令和８年３月１０日
町会長　様
東山市中央区長　高橋　誠
区民まつりの開催について
　区民まつりを下記のとおり開催しますので、お知らせします。
記
１　日時　令和８年４月２０日（日）午前１０時から
２　場所　中央区民広場
以上
"""

VILLAGE = """\
青葉村総第２号
令和５年１１月１日
関係各位
青葉村長　田中　正
村道の通行止めについて（通知）
　村道青葉線の改修工事のため、次のとおり通行止めとします。
記
１　期間　令和５年１１月１３日（月）から１２月１５日（金）まで
２　区間　青葉村大字上青葉地内
３　迂回路　県道２３号線をご利用ください。
以上
"""

BOARD = """\
西浜教委第３０４号
令和６年１０月１日
各小中学校長　様
西浜市教育委員会教育長　小林　健
教職員研修会の開催について（通知）
　標記の研修会を下記により開催しますので、関係職員の参加についてご配慮願います。
記
（１）日時：令和６年１１月８日（金）午後３時～５時
（２）会場：西浜市教育センター　研修室
（３）対象：各校の研修主任
以上
"""

NOTICES = [  # (text, number or None, title, (name, affiliation), city, item titles)
    (NOTICE, "港総第123号", "市民講座の開催について（通知）", ("山田\u3000太郎", "港南市長"), "港南市", ["日時", "場所", "内容"]),
    # a prefecture is no city (decision, helper city58): its governor's notice has city null, an evidence row saying why
    (PREFECTURE, "総務第8号", "防災訓練への参加について（依頼）", ("川上\u3000一郎", "みどり県知事"), None,
     ["日時", "場所", "提出期限"]),
    (TOWN, None, "秋の健康診断の実施について（お知らせ）", ("佐々木\u3000花子", "北浜町長"), "北浜町", ["日時", "会場", "持ち物"]),
    (WARD, "中央第45号", "区民まつりの開催について", ("高橋\u3000誠", "東山市中央区長"), "東山市", ["日時", "場所"]),
    (VILLAGE, "青葉村総第2号", "村道の通行止めについて（通知）", ("田中\u3000正", "青葉村長"), "青葉村", ["期間", "区間", "迂回路"]),
    (BOARD, "西浜教委第304号", "教職員研修会の開催について（通知）", ("小林\u3000健", "西浜市教育委員会教育長"), "西浜市",
     ["日時", "会場", "対象"]),
]


@pytest.mark.parametrize(("text", "number", "title", "speaker", "city", "items"), NOTICES,
                         ids=["city", "prefecture", "town-no-number", "ward-bare-subject", "village", "board-of-education"])
def test_a_notice_is_titled_by_its_subject_and_its_sender_names_its_city(text, number, title, speaker, city, items) -> None:
    [talk] = run_text(text).talks
    # the subject line, never the document number (it had been the title)
    assert talk.title.ja.text == title
    front = [t.text for t in talk.front]
    assert number is None or number in front
    # (the subject's line stays front where the letter rules read it; where the title block reads it, under an addressee
    # it knows, ``保護者の皆様`` since helper news69, the title takes the line, as under ``会員各位``: test_segment_letters)
    assert (title not in front or front.index(title) > 0) and "記" in front
    # the sender is the speaker; the municipality its head's post names is the city, its evidence the sender's line
    assert (talk.speaker.name.text, talk.speaker.affiliation.text) == speaker
    assert (talk.city.ja.text if talk.city.ja else None) == city
    assert any(e.kind == "city" and (speaker[1] in e.detail if city else "prefecture" in e.detail)
               for e in talk.evidence)
    # the items under 記, every one a section titled by its label (none left in front, none titled by its whole line),
    # after the notice's text over 記, its body, an unheaded section (helper news69)
    assert [(s.number, s.title.text) for s in talk.sections] == [(None, "")] + [(str(k), t) for k, t in enumerate(items, 1)]
    assert all(not t.startswith(("1", "2", "3")) for t in front)
    # 以上 closes the items, a ledger row since helper front68 (it had been front), no item's paragraph
    assert "以上" not in front and all("以上" not in [p.text for p in s.paragraphs] for s in talk.sections)


def test_a_notices_items_keep_their_values_and_its_one_line_contact_is_front() -> None:
    [talk] = run_text(NOTICE).talks
    assert [[p.text for p in s.paragraphs] for s in talk.sections[1:]] == [
        ["令和6年5月10日（金）午後2時から"], ["港南市役所\u3000大会議室"], ["防災について"]]
    # the space the notice typed between 電話 and its number stays (a field's separator inside the line: clean's
    # spacing.inner_field_spaces, fresh-user trial 62c; this test had pinned the glued form)
    assert [t.text for t in talk.front][-2:] == ["記", "（担当）総務課\u3000佐藤\u3000電話 045-123-4567"]


FLYER = """\
市民防災講演会のご案内
演題：地域の防災を考える
講師：森川　健二　氏（港南大学教授）
日時：令和６年６月１５日（土）午後１時３０分～３時
会場：港南市民会館　ホール
主催：港南市防災協会
　どなたでもご参加いただけます。参加費は無料です。
"""

FLYER_QUOTED = """\
演題「子どもの読書と図書館」
講師　大川由美氏（みなと図書館長）
日時　令和６年７月６日（土）午前１０時～１１時３０分
会場　みなと市立図書館　視聴覚室
主催　みなと市教育委員会
　申込みは不要です。当日直接会場へお越しください。
"""

FLYER_SPACED = """\
第３回 市民公開講座
演　題：高齢者の見守りと地域の役割
講　師：西田　光夫　先生（東浜医科大学准教授）
日　時：令和７年１０月１８日（土）午後２時～４時
会　場：東浜市民センター　第１会議室
主　催：東浜市社会福祉協議会
　参加費無料。定員５０名（先着順）。
"""

FLYER_FIRST = """\
演題：海の環境と私たちのくらし
講師：小島　真理子　氏（北海大学水産学部教授）
日時：令和６年８月２４日（土）午後１時３０分から
会場：港北市民ホール
主催：港北市環境保全協会
　どなたでも参加できます。直接会場にお越しください。
"""

FLYERS = [
    (FLYER, "地域の防災を考える", "森川\u3000健二", "港南大学教授", "演題：地域の防災を考える"),
    (FLYER_QUOTED, "子どもの読書と図書館", "大川由美", "みなと図書館長", "演題「子どもの読書と図書館」"),
    (FLYER_SPACED, "高齢者の見守りと地域の役割", "西田\u3000光夫", "東浜医科大学准教授", "演\u3000題：高齢者の見守りと地域の役割"),
    (FLYER_FIRST, "海の環境と私たちのくらし", "小島\u3000真理子", "北海大学水産学部教授", "演題：海の環境と私たちのくらし"),
]


@pytest.mark.parametrize(("text", "title", "name", "affiliation", "line"), FLYERS,
                         ids=["headline-over", "quoted-no-colon", "letterspaced-labels", "title-first"])
def test_a_lecture_flyer_is_titled_by_its_talk_and_spoken_by_its_lecturer(text, title, name, affiliation, line) -> None:
    [talk] = run_text(text).talks
    assert talk.title.ja.text == title  # the label (and its quotation marks) no part of the title
    assert line in [t.text for t in talk.front]  # the labelled line stays front, the title a view into it
    assert (talk.speaker.name.text, talk.speaker.affiliation.text) == (name, affiliation)
    assert not any(t.text.startswith(("日時", "会場", "主催", "日\u3000時")) for s in talk.sections for t in s.paragraphs)


def test_near_misses_keep_their_reading() -> None:
    """Do no harm: a paper titled ``…について`` (no addressee, number or date over it), a paper titled ``…（報告）``, a
    syllabus's ``講師：山田 太郎`` (a field: no honorific), a newsletter's issue over its ``■`` headings, a committee's
    numbered fields with no ``記`` over them (front, over the turns)."""
    [paper] = run_text("地域交流について\n港南大学　森川 健二\n１．はじめに\n本稿では、地域交流の現状を述べる。\n"
                       "２．事例\n港南市の三つの地区で交流会を開いた。\n").talks
    assert paper.title.ja.text == "地域交流について" and paper.speaker.name.text == "森川 健二"
    assert [s.title.text for s in paper.sections] == ["はじめに", "事例"]
    [report] = run_text("空き家の活用状況について（報告）\n港北大学　山田 太郎\n１．はじめに\n本稿では、空き家の活用状況を報告する。\n"
                        "２．結果\n活用された空き家は三年で倍になった。\n").talks
    assert report.title.ja.text == "空き家の活用状況について（報告）" and report.speaker.name.text == "山田 太郎"
    [syllabus] = run_text("地域社会論Ⅰ\n講師：山田 太郎\n開講：前期　火曜日２限\n１．授業の目的\n地域社会の成り立ちを学ぶ。\n"
                          "２．授業の計画\n第１回　ガイダンス\n").talks
    assert syllabus.title.ja.text == "地域社会論Ⅰ" and syllabus.speaker.name is None
    assert "講師：山田 太郎" in [t.text for t in syllabus.front]
    [news] = run_text("みなと台地区だより\n第１２号　２０２６年３月\n■ 夏祭りの準備について\n今年も夏祭りを開きます。皆様のご協力をお願いします。\n"
                      "■ 回覧板の回し方\n回覧板は、読んだらすぐ次の家に回してください。\n").talks
    assert news.title.ja.text == "みなと台地区だより"
    assert [s.title.text for s in news.sections] == ["夏祭りの準備について", "回覧板の回し方"]
    [record] = run_text("令和６年第２回　緑川町議会　文教厚生常任委員会会議録\n１　日　時　　令和６年６月１０日（月）午前１０時\n"
                        "２　場　所　　第１委員会室\n○委員長（山田太郎）　ただいまから委員会を開会します。\n"
                        "○委員（佐藤花子）　質問します。図書館の開館時間はどうなりますか。\n").talks
    assert [t.text[:1] for t in record.front] == ["1", "2"] and [s.number for s in record.sections] == [None]


PROGRAMME = """\
市民公開講座のご案内
第１部
演題：地域の防災を考える
講師：森川　健二　氏（港南大学教授）
第２部
演題：海の環境と私たちのくらし
講師：小島　真理子　氏（北海大学水産学部教授）
日時：令和６年８月２４日（土）午後１時３０分から
会場：港北市民ホール
　どなたでも参加できます。
"""


def test_a_programme_of_two_lectures_gives_each_its_own_talk() -> None:
    talks = run_text(PROGRAMME).talks
    assert [(t.title.ja.text, t.speaker.affiliation.text) for t in talks] == [
        ("地域の防災を考える", "港南大学教授"), ("海の環境と私たちのくらし", "北海大学水産学部教授")]


def test_the_evidence_says_which_line_gave_the_title() -> None:
    [notice] = run_text(NOTICE).talks
    assert "line 5: a notice's subject line, its title" in [e.detail for e in notice.evidence]
    [flyer] = run_text(FLYER).talks
    assert "line 2: a lecture's title under its label, its title" in [e.detail for e in flyer.evidence]
