"""A Japanese notice's numbered items after its text are its items, ``記`` over them or not; a contact's line between
the text and ``記`` is passed over as the signer is; a subject line that is the title whole is no ``front`` line; a
post over a name, a line each, is one signer (issue 16 point 2; fresh-user trial 68e's ``notice.txt``, fix68n's
``n5``, news69's ``nt_ja_haikei_ki_colon``; helper fix69c; ``stage.notice_numbered_items``,
``sections.notice_items``, ``stage.notice_body_before_items``, ``stage._post_over_name``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.segment_inputs import front_texts, run_text, speaker_texts

BATTERY = Path(__file__).parent / "data" / "fix69c"  # copies of /work/regress/in_fix69c and the cases that asked


def _run(name):
    (talk,) = run_text((BATTERY / name).read_text()).talks
    return talk


def _sections(talk):
    return [(s.number, s.title.text, [p.text for p in s.paragraphs]) for s in talk.sections]


@pytest.mark.parametrize("name, body, items", [
    ("t68e_notice.txt", ["下記のとおり、ごみ収集日を変更しますので、お知らせします。"],
     ["燃やすごみは、毎週月曜日と木曜日に収集します。", "資源ごみは、第2水曜日に収集します。",
      "粗大ごみは、事前に電話で申し込んでください。"]),
    ("a5_t68e_with_ki.txt", ["下記のとおり、ごみ収集日を変更しますので、お知らせします。"],
     ["燃やすごみは、毎週月曜日と木曜日に収集します。", "資源ごみは、第2水曜日に収集します。",
      "粗大ごみは、事前に電話で申し込んでください。"]),
    ("a1_items_no_ki_fullwidth.txt", ["日頃より水道事業にご協力いただき、ありがとうございます。",
                                      "次のとおり水道メーターの交換工事を行いますので、ご理解とご協力をお願いします。"],
     ["工事は、9月10日から9月30日までの平日に行います。", "工事の間は、約30分間断水します。",
      "作業員は、市の身分証明書を携帯しています。"]),
    ("a2_items_no_ki_paren.txt", ["秋冷の候、保護者の皆様におかれましてはますますご清祥のこととお喜び申し上げます。",
                                  "さて、10月5日に予定していた運動会は、雨天のため以下のとおり延期いたします。"],
     ["運動会は、10月12日（土）に行います。", "当日の持ち物は、前回のお知らせのとおりです。",
      "10月12日も雨天の場合は、10月14日（月）に行います。"]),
    ("a3_items_with_ki_sentences.txt", ["師走を迎え、何かとお忙しいことと存じます。",
                                        "下記のとおり年末の防犯パトロールを実施しますので、ご参加をお願いします。"],
     ["パトロールは、12月26日から28日まで、毎晩午後8時から行います。", "集合場所は、自治会館前です。",
      "懐中電灯をお持ちください。"]),
])
def test_a_notices_numbered_items_after_its_text_are_its_sections69(name, body, items):
    talk = _run(name)
    assert _sections(talk) == [(None, "", body)] + [(str(k), "", [item]) for k, item in enumerate(items, 1)]
    assert not any(t.startswith(("1", "１", "（")) for t in front_texts(talk))
    assert "以上" not in front_texts(talk)


def test_a_wrapped_item_is_one_item69():
    talk = _run("a4_items_no_ki_wrapped.txt")
    assert [s.number for s in talk.sections] == [None, "1", "2"]
    assert talk.sections[1].paragraphs[0].text.startswith("ペットボトルは、") and \
        talk.sections[1].paragraphs[0].text.endswith("透明な袋に入れて出してください。")


@pytest.mark.parametrize("name, first", [
    ("nm_bullets_only.txt", "夏季は、ごみの臭いが出やすくなります。次のことにご注意ください。"),
    ("nm_numbered_in_paragraph.txt", None),
])
def test_no_numbered_items_no_item_sections_near_misses69(name, first):
    talk = _run(name)
    assert [s.number for s in talk.sections] == [None]
    if first is not None:
        assert talk.sections[0].paragraphs[0].text == first


def test_a_reports_numbered_chapters_keep_their_titles69():
    talk = _run("nm_report_chapters.txt")
    assert [(s.number, s.title.text) for s in talk.sections] == [("1", "調査の概要"), ("2", "調査の結果"), ("3", "今後の課題")]


@pytest.mark.parametrize("name, contact, body", [
    ("n5_nearmiss_contact_over_ki.txt", ["担当\u3000佐藤 一郎"], ["粗大ごみは申込制で収集します。"]),
    ("b2_contact_colon_over_ki.txt", ["連絡先：教務主任\u3000山田\u3000花子"],
     ["新緑の候、保護者の皆様にはますますご健勝のこととお喜び申し上げます。",
      "下記のとおり家庭訪問を行いますので、ご協力をお願いいたします。"]),
    ("b3_contact_two_lines_over_ki.txt", ["担当：健康福祉課\u3000鈴木", "電話\u30000345-67-8901"],
     ["町民の皆様を対象に、下記のとおり集団検診を行います。"]),
])
def test_a_contact_line_over_ki_is_passed_over69(name, contact, body):
    talk = _run(name)
    assert _sections(talk)[0] == (None, "", body)
    assert front_texts(talk)[-len(contact) - 1:] == contact + ["記"]
    assert speaker_texts(talk) == (None, None)  # a contact's person is no signer (fix68n)


@pytest.mark.parametrize("name, speaker", [
    ("nt_ja_haikei_ki_colon.txt", ("佐藤\u3000一郎", "みどり野市立みどり野中学校長")),
    ("c1_post_name_lines_head.txt", ("山田\u3000太郎", "さくら市立さくら小学校長")),
    ("c2_post_name_lines_board.txt", ("田中\u3000花子", "みなと市教育委員会教育長")),
])
def test_a_post_over_a_name_is_one_signer69(name, speaker):
    talk = _run(name)
    assert speaker_texts(talk) == speaker
    assert speaker[1] not in front_texts(talk)


@pytest.mark.parametrize("name", ["nt_ja_haikei_ki_colon.txt", "c1_post_name_lines_head.txt",
                                  "c2_post_name_lines_board.txt", "c3_subject_one_line_sender.txt",
                                  "n4_nearmiss_items_no_signer.txt"])
def test_the_title_line_is_no_front_line69(name):
    talk = _run(name)
    assert talk.title.ja is not None and talk.title.ja.text not in front_texts(talk)


def test_an_office_over_its_unit_stays_the_office69():
    talk = _run("nm_c_office_over_office.txt")
    assert speaker_texts(talk) == (None, "あおば市環境部 清掃課")
    assert front_texts(talk)[-3:] == ["あおば市環境部", "清掃課", "記"]


def test_a_closing_post_over_a_name_is_the_signer69():
    talk = _run("c4_post_name_lines_closing.txt")
    assert speaker_texts(talk) == ("木村\u3000誠", "ひかり町立ひかり小学校長")
    assert front_texts(talk)[-3:] == ["令和7年8月5日", "ひかり町立ひかり小学校長", "木村\u3000誠"]
    assert [p.text for s in talk.sections for p in s.paragraphs][-1].startswith("本日は気温が高く")
