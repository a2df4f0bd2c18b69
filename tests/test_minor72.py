"""Smaller faults of fresh-user trial 72 (session 72, helper minor72), each fixed by its kind, on made-up inputs.

1. A full-width number wrapped at its decimal point (``…税率を１．`` / ``５パーセント``) is normalised as the joined text
   would be (``1.5``), as ``０．３`` on one line is (``0.3``); a reference's stop over the next reference's number is no
   number's point (clean, ``width.point_wrapped_decimals``).
2. Lines that end their paragraph: a notice set one paragraph a line (its indented paragraphs never wrapped) keeps its
   flush lines ending on ``。`` apart (segment, ``paragraphs._indented_lines_wrap``); a whole line of mojibake decoded
   again keeps the indent its text has (clean, ``read_as_repaired``), so it opens its own paragraph.
3. A ligature restored in a talk says ``restored`` as its text writes it (``ffi``, not U+FB03).
The doubled lines of the trial are helper news72's (``clean.layers``), not repeated here.
"""

from __future__ import annotations

import json

from pipeline import files
from pipeline.driver import run_one
from tests.segmenting import only_talk, paragraph_texts, text_of

KAIGI = """令和６年第２回 東山村議会 予算特別委員会 会議録

○財政課長（上原孝明）　議案第１８号についてご説明いたします。
　本案は、国の制度改正に伴いまして、固定資産税の税率を１．
５パーセントに改めるものでございます。
　あわせて、延滞金の割合を０．３パーセント引き下げます。
○委員長（金城和也）　説明が終わりました。質疑はありませんか。
"""

NOTICE = """令和７年３月１日
保護者の皆様へ
                                        若葉町立第一小学校

春休み中の校庭開放についてのお知らせ

いつも本校の教育活動にご協力いただき、ありがとうございます。
春休み期間中は、下記のとおり校庭を開放いたしますので、お知らせいたします。
ご家庭でもお子様と一緒に、利用時間と約束事をご確認ください。

１．開放する期間
　令和７年３月２５日（火）から４月４日（金）まで

２．ご注意いただきたいこと
　遊具の利用は低学年を優先してください。
　ボールの使用は校庭の北側に限ります。
"""

MOJI_LINE = "　体操のあとは、お茶を飲みながら皆さんで季節の話題を楽しんでいます。"
NEWS = ("みどり通信　第１２号　２０２５年６月発行\n発行：みどり地区社会福祉協議会\n\n■ 春の清掃活動を行いました\n"
        "　５月１８日の日曜日、みどり川の河川敷で地域の清掃活動を行いました。\n"
        "　当日は小雨の中、子どもから高齢の方まで\n約８０名の皆さんにご参加いただきました。\n"
        "　集めたごみは軽トラック３台分になりました。\n\n"
        "■ 体操教室のご案内\n"
        "　毎週木曜日の午前１０時から、みどり公民館で「いきいき体操教室」を開いています。\n"
        + MOJI_LINE.encode("utf-8").decode("cp932", errors="replace") + "\n　参加費は無料です。\n")


def _all_texts(talk) -> list[str]:
    return paragraph_texts(talk) + [text_of(t) for t in talk.front]


def test_a_decimal_wrapped_at_its_point_reads_as_joined():
    talk, _ = only_talk(KAIGI)
    text = "\n".join(_all_texts(talk))
    assert "税率を1.5パーセント" in text, text
    assert "0.3パーセント" in text and "．" not in text.replace("○", ""), text


def test_near_miss_a_references_stop_over_the_next_reference_stays():
    talk, _ = only_talk("参考文献\n１）国土交通省（２０２３）：空き家対策の現状と課題，国土交通白書，pp.４５－６２．\n"
                        "２）山本 俊哉（２０１９）：地方都市の空き家問題，都市計画論文集，pp.１２１－１２８．\n")
    text = "\n".join(_all_texts(talk))
    assert "pp.45-62．" in text, text


def test_near_miss_a_heading_number_alone_over_a_date_stays():
    talk, _ = only_talk("お知らせ\n\n　次のとおり開催します。日程は\n２．\n２０２５年５月に決めます。\n")
    assert "2." not in "\n".join(_all_texts(talk))


def test_a_notice_set_one_paragraph_a_line_keeps_its_sentences_apart():
    talk, _ = only_talk(NOTICE)
    texts = _all_texts(talk)
    assert "いつも本校の教育活動にご協力いただき、ありがとうございます。" in texts, texts
    assert "春休み期間中は、下記のとおり校庭を開放いたしますので、お知らせいたします。" in texts, texts
    assert "ご家庭でもお子様と一緒に、利用時間と約束事をご確認ください。" in texts, texts


def test_near_miss_an_indenting_document_that_wraps_still_runs_on():
    # an indented paragraph wrapped onto a flush line: the document wraps, and a flush line after a sentence's end
    # that fills its line goes on as before
    text = ("地区だより\n\n■ 大会のご報告\n　コースは川沿いの遊歩道を通る約４キロメ\nートルで、休憩所では梨が振る舞われました。\n"
            "　当日は晴天に恵まれ、小学生から９０歳代\nの方まで、約１５０名が参加されました。\n")
    talk, _ = only_talk(text)
    texts = paragraph_texts(talk)
    assert "コースは川沿いの遊歩道を通る約4キロメートルで、休憩所では梨が振る舞われました。" in texts, texts


def test_a_mojibake_line_decoded_again_keeps_its_indent():
    talk, _ = only_talk(NEWS)
    texts = paragraph_texts(talk)
    assert any(t.endswith("開いています。") for t in texts), texts
    assert not any("開いています。体操" in t for t in texts), texts


def test_a_talks_ligature_repair_says_what_the_text_writes(tmp_path):
    path = tmp_path / "review.txt"
    path.write_text("Riverbend Community Library Annual Review\n\nThe library board thanks every volunteer who helped "
                    "this year. The new reading room opened in spring, and the\no(cid:14)ce of the board moved to the "
                    "ground floor. We improved the e(cid:14)ciency of the lending desk and\nmade the catalogue "
                    "su(cid:14)cient for most requests from schools in the district.\n", encoding="utf-8")
    run_one(path, tmp_path / "out")
    folder = files.talks_dir(tmp_path / "out", files.safe_stem(path))
    talks = [json.loads(p.read_text(encoding="utf-8")) for p in folder.glob("*.json") if p.name != "index.json"]
    text = json.dumps([t["paper"] for t in talks], ensure_ascii=False)
    assert "efficiency" in text and "\ufb03" not in text
    repairs = [r for t in talks for r in t["repairs"]]
    assert repairs and all(r["restored"] == "ffi" for r in repairs if r["status"] == "restored"), repairs
    assert any(r["status"] == "restored" for r in repairs)
    # the evidence still names the glyph the font lost
    assert any("U+FB03" in e["detail"] for r in repairs for e in r["evidence"])
