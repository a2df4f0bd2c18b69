"""Issue 16, a document's closing block (``paper.closing``; helper close82 after fresh-user trials 80d, 81a, 81c): the
block a document ends on (a contract's attestation, date and sealed parties; a contact line with no heading; a name,
address and telephone on one line; a registered charity's numbers; a contact block under a heading no number counts)
is its closing block, in order, never the last section's paragraphs nor a section; the body above is untouched.
Inputs: the trials' files and made-up variants (tests/data/close82/, copies of /work/regress/in_close82/ and the
trials' inputs), with near misses (a last section that merely holds a telephone number, a contact section in the
middle) that keep their text."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.model import Text
from pipeline.segment.contacts import contact_pieces, one_line_contact
from pipeline.segment.sections import sealed_signatures
from segmenting import only_talk_of, text_of

DATA = Path(__file__).parent / "data" / "close82"


def _closing(talk) -> list[str]:
    return [talk.front[i].text for i in talk.front_closing]


def _last_paragraphs(talk) -> list[str]:
    return [p.text for p in talk.sections[-1].paragraphs]


CONTRACT_PARTIES = ["甲\u3000東京都港区芝浦三丁目4番5号", "株式会社みなと企画", "代表取締役\u3000\ufffd藤 隆" + "\u3000" * 9 + "印",
                    "乙\u3000神奈川県横浜市中区本町二丁目1番地", "有限会社サンライズ情報", "代表取締役\u3000森 由美\ufffd" + "\u3000" * 8 + "印"]


def test_a_contracts_attestation_date_and_sealed_parties_close_it():
    talk, _ = only_talk_of(DATA / "trial81a_keiyaku.txt")
    assert _closing(talk) == ["本契約の成立を証するため、本書2通を作成し、甲乙記名押印のうえ、各1通を保有する。", "令和8年3月25日",
                              *CONTRACT_PARTIES]
    assert talk.sections[-1].number == "8" and _last_paragraphs(talk) == [
        "本契約に定めのない事項又は本契約の解釈について疑義が生じた事項については、甲乙誠実に協議のうえ解決するものとする。"]


def test_a_lease_signed_by_a_person_and_a_company_closes_the_same_way():
    talk, _ = only_talk_of(DATA / "lease.txt")
    closing = _closing(talk)
    assert closing[:2] == ["本契約の締結を証するため、本書2通を作成し、甲乙記名押印のうえ、各1通を保有する。", "令和7年10月1日"]
    assert closing[2] == "甲\u3000静岡県浜松市中区元城町103番地" and closing[-1].startswith("代表取締役\u3000佐々木 健")
    assert len(closing) == 7
    assert [s.number for s in talk.sections] == ["1", "2", "3"]
    assert _last_paragraphs(talk) == ["乙は、1か月前までに甲に書面で通知することにより、本契約を解約することができる。"]


@pytest.mark.parametrize("name, closing, last", [
    ("trial81a_jiho.txt", ["浄光寺\u3000寺務所\u3000電話 0263-54-0000（午前9時〜午後5時）"],
     "本堂屋根修復のためのご芳志、誠にありがとうございました。"),
    ("kouminkan.txt", ["さくら台公民館\u3000電話 0538-32-0000（月曜休館）"], "今月は料理の本と旅行ガイドを中心に20冊を入れました。貸出期間は2週間です。"),
    ("trial81c_clinic_dayori.txt", ["さくら内科クリニック 〒123-4567 ○○市桜町1-2-3 TEL 012-345-6789"], "休診日:木曜・土曜午後・日曜・祝日"),
    ("clinic_foot.txt", ["はるかぜ歯科医院 〒420-0001 静岡市葵区春風町2-5-8 TEL 054-200-1234"],
     "3か月に一度の検診で、むし歯や歯周病を早めに見つけることができます。"),
    ("trial81a_bus.txt", ["お問い合わせ\u3000みどり交通株式会社\u3000営業課\u3000電話 0266-52-0000（平日9:00〜17:00）"],
     "土曜・休日ダイヤの変更はありません。新しい時刻表は各車内および営業所で配布します。"),
    ("trial81c_charity_review.txt", ["Registered charity no. 1098765 · Company no. 04567890"], "Aisha Y\ufffdsuf"),
    ("charity_foot.txt", ["Registered charity number 1065432 · Company number 03345678"],
     "The fair returns on 14 June with stalls, games and a dog show."),
    ("newsletter_url_ja.txt", ["みどり会事務局", "〒123-4567 みどり市本町1-2-3", "TEL 0123-45-6789 / FAX 0123-45-6790",
                               "https://midorikai.example.jp"], "六月十四日に夏まつりを開きます。"),
    ("newsletter_dot_en.txt", ["Riverside Community Trust · 14 Mill Lane, Ashby AB1 2CD · 01632 960123"],
     "The fair returns on 14 June with stalls and games."),
    ("trial80d_bousai_map.txt", ["問い合わせ先", "緑川市 総務部 危機管理課\u3000課長\u3000\ufffd田 和\ufffd", "電話 0285-62-1111（内線 315）"], None),
    ("bosai_guide.txt", ["問い合わせ先", "はなみ市 防災課\u3000担当\u3000鈴木", "電話 0544-22-3333"],
     "飲料水、食料、懐中電灯、携帯ラジオなどを用意しましょう。"),
])
def test_a_closing_block_is_the_closing_not_the_last_sections(name, closing, last):
    talk, _ = only_talk_of(DATA / name)
    assert _closing(talk) == closing
    assert talk.title.en is None or not talk.title.en.text.startswith("TEL")
    if last is not None:
        assert _last_paragraphs(talk)[-1] == last
    assert not any(t in (p.text for s in talk.sections for p in s.paragraphs) for t in closing)
    assert not any(text_of(s.title) in closing for s in talk.sections)


def test_near_misses_keep_their_text():
    # a last section that merely holds a telephone number in its sentence: body text, no closing block
    talk, _ = only_talk_of(DATA / "phone_body.txt")
    assert _closing(talk) == [] and _last_paragraphs(talk) == [
        "粗大ごみは事前の申し込みが必要です。申し込みは粗大ごみ受付センター（電話 0120-53-0000）で受け付けています。収集日は申し込みの際にお知らせします。"]
    # a contact block in the middle of the document is no closing block (near miss: passes on the base too)
    talk, _ = only_talk_of(DATA / "apply_middle.txt")
    assert _closing(talk) == [] and text_of(talk.sections[-1].title) == "会場"


def test_the_readers_shapes():
    from pipeline.segment.contacts import contact_foot_line, registration_line

    # a time's colon parts no contact's pieces
    assert contact_pieces("問い合わせ：営業課\u3000電話 0266-52-0000（平日9:00〜17:00）", colons=True)[-1] == \
        "電話 0266-52-0000（平日9:00〜17:00）"
    assert one_line_contact("お問い合わせ\u3000みどり交通株式会社\u3000営業課\u3000電話 0266-52-0000（平日9:00〜17:00）")
    assert contact_foot_line("浄光寺\u3000寺務所\u3000電話 0263-54-0000（午前9時〜午後5時）")
    assert not contact_foot_line("詳しくは\u3000電話 0123-45-6789")
    assert not contact_foot_line("市民会館 大ホール 電話 0123-45-6789")
    assert registration_line("Registered charity no. 1098765 · Company no. 04567890")
    assert not registration_line("Company no. 3 won the relay.")
    from pipeline.segment.contacts import contact_line, web_address_line

    assert contact_line("TEL 0123-45-6789 / FAX 0123-45-6790") and not contact_line("Mon / Fri 9-5")
    assert web_address_line("www.riversidetrust.org.uk") and not web_address_line("See www.x.org")
    lines = [Text.inserted(s) for s in ["協議のうえ解決するものとする。", "令和8年3月25日", *CONTRACT_PARTIES]]
    assert sealed_signatures(lines) == 1
