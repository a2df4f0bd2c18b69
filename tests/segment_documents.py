"""Made-up documents that more than one segment test module reads, kept here so that no test module imports
another's inputs. Each is a document of its kind written for the tests (no sample's words); the module that tests
its own faults says what it shows.

* :data:`NEWSLETTER`: a Japanese neighbourhood newsletter, numbered label–value items under ``■`` headings (trial 25).
* :func:`english_paper`: one paper of an English volume that prints no talk number (issue 16 point 1).
* :data:`REPORT`: a Japanese thesis whose running heads stand on both sides of its folios (trial 16).
* :func:`minutes`: a municipal committee's minutes, fields parted from their values by ``sep``, an agenda and the
  members' turns (trial 29); :data:`TURNS` its proceedings.
* :func:`proceedings_talk`, :data:`FUKUOKA`, :func:`second_talk`: a made-up proceedings' talk in the sample's shape
  (city line, Japanese title, speaker, numbered sections, English cover and numbered slides; helper procs54).
"""

from __future__ import annotations

NEWSLETTER = """\
みどり町 町内会だより
第18号

■ 夏祭りの準備について
　今年も夏祭りを開きます。準備にご協力いただける方は、班長までお知らせください。テントは町内会
で用意します。

（1）日時　７月２０日（土）午後３時～
（2）集合場所　みどり町集会所 前庭
（3）持ち物　軍手、帽子

■ 避難訓練のお知らせ
　秋の避難訓練を行います。今年は、夜間の避難経路を確かめます。

（1）日時　９月８日（日）午後７時～
（2）会場　みどり小学校 校庭

■ 回覧板の回し方
　回覧板は、読んだらすぐ次のお宅へ回してください。
"""

PAPERS = [
    ("Tidal Ferries as Public Transport in Estuary Towns",
     ["Ines Moura¹, Piet de Vries²", "¹ School of Transport Studies, University of Aveiro, Portugal",
      "² Delft University of Technology, Delft, Netherlands"],
     ["Introduction", "Routes and Data", "Findings"]),
    ("Counting Cyclists with Induction Loops",
     ["Kenji Mori¹*, Ruth Adler²", "¹ Faculty of Engineering, Hokkaido University, Japan",
      "² Department of Geography, University of Zurich, Switzerland"],
     ["Introduction", "Method", "Results", "Limits"]),
    ("Evening Opening Hours and Student Attendance",
     ["Olga Lind, Marco Bassi", "Institute of Education, University of Bologna, Italy"],
     ["Introduction", "Setting", "Attendance"]),
]

ABSTRACT = ["We compare three winters of counts on routes that follow the tide and routes that keep the clock.",
            "Riders accept a timetable that moves each day when the departures are announced a week ahead."]
PROSE = ["The measurements were taken on working days only, between the first and the last week of the term.",
         "A second observer repeated one day in ten, and the two counts differed by less than three percent."]
REFERENCES = ["References", "[1] A. Writer, A study of harbours, J. Stud. 3 (2020) 1–9.",
              "[2] B. Reader, Another study, Proc. of a Meeting 2021, 11–20."]


def english_paper(k: int, abstract: bool = True, references: bool = True) -> list[str]:
    title, authors, headings = PAPERS[k]
    lines = [title, "", *authors, ""]
    if abstract:
        lines += ["Abstract", *ABSTRACT, ""]
    for n, h in enumerate(headings, 1):
        lines += [f"{n} {h}", *PROSE, ""]
    if references:
        lines += [*REFERENCES, ""]
    return lines


REPORT = """\
卒業論文
港湾物流の変化に関する調査
北陸工業大学 工学部
森 光
1. はじめに
地方の港湾は、地域の産業を支える物流の拠点である。近年はコンテナの大型化が進み、その役割が変わりつつある。
港湾物流の変化に関する調査
- 1 -
港湾物流の変化に関する調査
本調査では、三つの港の取扱量の推移を整理する。
2. 結果
三つの港のうち二つで、コンテナの取扱量が十年間で倍になった。
港湾物流の変化に関する調査
- 2 -
"""


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


def proceedings_talk(city, title, speaker, sections, en, label, slides, subtitle=None, prefix=None):
    lines = ([prefix] if prefix else []) + [city, title] + ([subtitle[0]] if subtitle else []) + [speaker]
    for k, (head, para) in enumerate(sections, 1):
        lines += [f"{'０１２３４５６７８９'[k]}．{head}", para]
    lines += [en, label] + ([subtitle[1]] if subtitle else [])
    for k, (head, body) in enumerate(slides, 1):
        lines += [head, *body, str(k)]
    return lines


FUKUOKA = dict(city="福岡市", title="アジアの交流拠点都市をめざして", speaker="福岡市経済観光文化局長 中村 健一",
               sections=[("福岡市の概要", "福岡市は九州の北部に位置する人口150万の都市である。"),
                         ("交流の歩み", "1989年に釜山広域市と行政交流を始めた。")],
               en="Toward an Asian Hub City of Exchange", label="CITY OF FUKUOKA",
               slides=[("Fukuoka at a Glance", ["Population: 1.5 million"]),
                       ("Exchange with Busan", ["Youth visits every summer"]),
                       ("Future Cooperation", ["Tourism and environment"])])


def second_talk(title_1: str, en: str, label: str, city: str = "金沢市") -> dict:
    return dict(city=city, title="伝統工芸を生かした観光まちづくり", speaker=f"{city}観光交流局長 山本 誠",
                sections=[("歴史と文化", "城下町として発展し、古い町並みが今も残っている。"),
                          ("工芸と観光", "工房を見学する行程を観光客に提供している。")],
                en=en, label=label,
                slides=[(title_1, ["Historic districts survived the war"]), ("Craft Tours", ["Gold leaf workshops"])])
