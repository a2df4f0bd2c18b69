"""Meeting minutes (会議録, 議事録, ``Minutes of the … Meeting``): the record's heading and its fields, as made-up
documents (trial 29's faults as kinds).

- The record's heading (``令和6年度 第3回 …交通委員会 会議録``) went to ``front`` and a field line (``日時　…``) became
  the title: ``委員`` inside ``…委員会`` was read as a post before a name (``会 会議録``), so the heading was a speaker's
  line. The fields parted from their values by an ideographic space (``出席者　委員長 山田太郎、…``) were no fields, so
  the attendance lines became the speaker, the absent member with them.

The agenda and the proceedings are in ``test_segment_agenda.py``, the wraps in ``test_segment_inflection_wraps.py``.
"""

from __future__ import annotations

import pytest

from tests.segment_inputs import run_text

FIELDS = {
    "日時": "令和6年10月15日（火）午後2時00分～午後3時40分",
    "場所": "青葉区役所 本庁舎4階 第2会議室",
    "出席者": "委員長 山田太郎、副委員長 佐藤花子、委員 鈴木一郎、委員 高橋美咲",
    "欠席者": "委員 渡辺誠",
    "事務局": "交通政策課長 中村裕之、交通政策課係長 小林恵",
}

TURNS = """\
○委員長（森田一郎）　ただいまから令和6年度第3回みどり区地域公共交通委員会を開会いたします。
本日は委員6名中5名の出席があり、定足数を満たしておりますので、会議は成立して
おります。それでは、議題1について事務局から説明をお願いします。

○交通政策課長（川口誠）　議題1、コミュニティバス「みどりルート」の利用状況について
ご説明いたします。資料1をご覧ください。今年4月から9月までの利用者数は延べ4万2千
人で、前年同期と比べて約8パーセント増加しております。特に平日の午前中、病院や
商業施設へ向かう高齢の方の利用が伸びております。一方で、夕方の便は利用が少なく、
1便あたりの平均乗車人数は3人程度にとどまっております。

○委員（今井一郎）　夕方の便の利用が少ないという点ですが、時刻表が駅の電車の到着時刻と
合っていないという声を地域でよく聞きます。乗り継ぎの改善は検討されているのでしょうか。

○交通政策課長（川口誠）　ご指摘のとおり、駅での乗り継ぎ時間が15分以上になる便が
ございます。鉄道事業者と調整のうえ、来年度のダイヤ改正に合わせて見直しを検討して
まいります。

○副委員長（北村花子）　利用者アンケートの結果についても教えてください。

○交通政策課係長（原田恵）　アンケートは8月に車内で実施し、312件の回答をいただき
ました。満足度は「満足」「やや満足」を合わせて71パーセントでした。不満の理由として
は、運行本数の少なさ、停留所までの距離、車内の混雑が挙げられております。

○委員長（森田一郎）　ありがとうございました。ほかにご意見がなければ、議題2に移ります。
事務局から説明をお願いします。

○交通政策課係長（原田恵）　議題2、停留所の新設に関する住民要望についてご説明いたします。
町内会から、坂の上の集会所前に停留所を設けてほしいという要望書が提出
されております。現在、最寄りの停留所まで約600メートルあり、坂道のため高齢の方に
は負担が大きいとのことです。事務局で現地を確認したところ、道路の幅員は約6メートル
で、バスの停車による交通への影響は小さいと考えております。

○委員（石田美咲）　停留所を増やすと、全体の所要時間が延びて定時性が下がるおそれがあり
ます。その点はどのようにお考えですか。

○交通政策課長（川口誠）　停留所1か所あたりの停車時間は平均30秒程度と見込んでおり
ます。全体の所要時間への影響は1分以内と試算しております。

○委員（松井健）　私は要望に賛成です。坂の上の地区は買い物に不便で、バスが生活の足に
なっています。安全確保のため、停留所付近の照明の整備もあわせてお願いしたい。

○委員長（森田一郎）　それでは、議題2については、照明の整備も含めて事務局で具体案を
まとめ、次回の委員会で報告していただくことといたします。よろしいでしょうか。

（「異議なし」の声あり）
"""


def minutes(title: str, sep: str = "　", agenda: str = "議題\n1. 利用状況について\n2. 停留所の新設について\n3. 来年度の運行計画について\n") -> str:
    fields = "\n".join(f"{label}{sep}{value}" for label, value in FIELDS.items())
    return f"{title}\n\n{fields}\n\n{agenda}\n{TURNS}"


@pytest.mark.parametrize("title", ["令和6年度 第3回 青葉区地域公共交通委員会 会議録", "第3回 青葉区地域公共交通委員会 議事録",
                                   "平成30年度 第2回 みどり町まちづくり審議会 議事録", "2024年度 第1回 さくら会理事会 議事録"])
@pytest.mark.parametrize("sep", ["　", "：", "　　"], ids=["ideographic-space", "colon", "two-spaces"])
def test_the_record_heading_is_the_title_and_the_fields_are_front(title, sep):
    (talk,) = run_text(minutes(title, sep)).talks
    assert talk.title.ja is not None and talk.title.ja.text == title
    assert talk.speaker.text is None and talk.speaker.name is None
    front = [t.text for t in talk.front]
    for label, value in FIELDS.items():
        assert f"{label}{sep}{value}" in front


@pytest.mark.parametrize("label", ["出席者", "出席委員", "欠席者", "欠席委員", "事務局", "傍聴者", "説明員"])
@pytest.mark.parametrize("sep", ["　", "："])
def test_an_attendance_field_is_never_the_speaker(label, sep):
    text = f"第5回 港町まちづくり協議会 議事録\n\n日時{sep}令和7年2月3日（月）\n{label}{sep}会長 大野一郎、委員 木村花子\n\n{TURNS}"
    (talk,) = run_text(text).talks
    assert talk.speaker.text is None
    assert f"{label}{sep}会長 大野一郎、委員 木村花子" in [t.text for t in talk.front]


def test_a_label_spaced_out_to_its_column_is_a_field():
    text = ("平成30年度 第2回 みどり町まちづくり審議会 議事録\n\n日　時：平成30年11月20日（火）午前10時～正午\n"
            "場　所：みどり町役場 大会議室\n出席委員：会長 木村正、委員 石井弘\n\n" + TURNS)
    (talk,) = run_text(text).talks
    assert talk.title.ja.text == "平成30年度 第2回 みどり町まちづくり審議会 議事録"
    assert talk.speaker.text is None
    assert "日　時：平成30年11月20日（火）午前10時～正午" in [t.text for t in talk.front]


@pytest.mark.parametrize("line", ["港町市交通政策課長 山田 一郎", "委員長 山田 太郎", "理事長 佐藤 一郎"])
def test_a_post_before_a_name_still_splits(line):
    from pipeline.segment.names import speaker_split

    assert speaker_split(line) is not None
