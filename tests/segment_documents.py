"""Made-up documents that more than one segment test module reads, kept here so that no test module imports
another's inputs. Each is a document of its kind written for the tests (no sample's words); the module that tests
its own faults says what it shows.

* :data:`NEWSLETTER`: a Japanese neighbourhood newsletter, numbered label–value items under ``■`` headings (trial 25).
* :func:`english_paper`: one paper of an English volume that prints no talk number (issue 16 point 1).
* :data:`REPORT`: a Japanese thesis whose running heads stand on both sides of its folios (trial 16).
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
