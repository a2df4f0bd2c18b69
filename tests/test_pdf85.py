"""Issue 16 points 2 and 4, fresh-user trial 85a (helper pdf85): Japanese manuals and abstract books in PDF, on made-up
inputs (reportlab, ``tests/data/pdf85/gen.py``; their expected readings in /work/regress/in_pdf85/*.truth.md) and the
trial's manual.

* a box's line cut mid-word at the box's measure goes on in the next line, whatever the wider block around it shows
  (a box framed by a rect or by two rules; the trial's page-2 注意 box);
* a manual chapter's heading over its own introduction and its numbered sections titles the file; the running head
  repeated on each page stays furniture, and a head that is the title keeps the spaces the PDF draws;
* the presenter's mark ``○`` / ``◯`` before a name is the author's mark, in a PDF and a text dump, Japanese and
  English names.

Near misses (a box's line ending on its sentence's end at the measure; names with no mark) pass on the base too.
"""

from __future__ import annotations

from pathlib import Path

DATA = Path(__file__).parent / "data" / "pdf85"


def _talks(name: str) -> list[dict]:
    from pipeline.clean import clean
    from pipeline.extract import extract
    from pipeline.segment import segment

    return segment(clean(extract((DATA / name).read_bytes(), name=name))).to_json()["talks"]


def _paragraphs(talk: dict, number: str) -> list[str]:
    return [p["text"] for s in talk["sections"] if s["number"] == number for p in s["paragraphs"]]


def _authors(talk: dict) -> list[tuple[str, list[str]]]:
    return [(a["name"]["text"], [m["text"] for m in a["marks"]]) for a in talk["speaker"]["authors"]]


def test_box_cut_mid_word_at_its_measure_goes_on():
    """Page 2's 警告 box (two rules, no rect) ``…アルコー`` / ``ルやシンナーを…``: one paragraph; page 1's 注意 box,
    three lines at its measure, shows it (it fails on the base: two paragraphs)."""
    talk = _talks("m2_manual.pdf")[0]
    assert "センサーの窓は、水でぬらした布でふいてください。アルコールやシンナーを使うと窓が曇ります。" in _paragraphs(talk, "4.3")


def test_trial_manual_box_on_page_two_goes_on():
    """Trial 85a's page-2 注意 box ``…ブラシを使わないでください。フィ`` / ``ルターが傷み、…`` is one paragraph."""
    talk = _talks("trial85a_manual.pdf")[0]
    assert ("フィルターを洗うときは、たわしや金属製のブラシを使わないでください。フィルターが傷み、加湿能力が落ちる原因になります。"
            in _paragraphs(talk, "3.3"))


def test_chapter_titles_the_manual_over_its_running_head():
    """The chapter (``第4章　お手入れ`` over its introduction and 4.1–4.4) titles the file; the running head stays in the
    ledger on both pages (the base took the head as the title, the chapter as section 4)."""
    from pipeline.clean import clean
    from pipeline.extract import extract
    from pipeline.segment import segment

    for name, title, first in (("m2_manual.pdf", "お手入れ", "4.1"), ("trial85a_manual.pdf", "お手入れのしかた", "3.1")):
        out = segment(clean(extract((DATA / name).read_bytes(), name=name)))
        talk = out.to_json()["talks"][0]
        assert talk["title"]["ja"]["text"] == title
        assert talk["sections"][0]["number"] == first
        heads = [r for r in out.ledger if str(r.reason) == "running-header"]
        assert len(heads) == 2


def test_running_head_title_keeps_its_drawn_spaces():
    """A manual with no chapter heading keeps its running head as its title (as on the base), now with the space the PDF
    draws between ``浄水ポット`` and ``WP-3`` (the base closed it up)."""
    talk = _talks("n1_headonly.pdf")[0]
    assert talk["title"]["ja"]["text"].startswith("浄水ポット WP-3")
    assert [s["number"] for s in talk["sections"]] == ["1", "2"]


def test_presenter_mark_in_marks_pdf():
    """``◯中村 雄一¹`` first, ``石田 さやか`` second marked: the mark among the marks, never the name."""
    talks = _talks("a1_abstracts.pdf")
    assert _authors(talks[0]) == [("中村 雄一", ["◯", "¹"]), ("小川 美咲", ["²"])]
    assert _authors(talks[1]) == [("田村 健", ["¹"]), ("石田 さやか", ["◯", "¹"])]
    assert talks[0]["speaker"]["name"]["text"] == "中村 雄一"


def test_presenter_mark_in_marks_txt():
    """A text dump: ``○山田 太郎¹`` and ``◯ Emily Carter¹`` (a space after the mark)."""
    talks = _talks("a2_abstracts.txt")
    assert _authors(talks[0]) == [("山田 太郎", ["○", "¹"]), ("佐藤 花子", ["²"])]
    assert _authors(talks[1]) == [("Emily Carter", ["◯", "¹"]), ("Kenji Mori", ["²"])]


def test_near_miss_no_mark():
    """Near miss (passes on the base too): names with no presenter mark keep their marks only."""
    assert _authors(_talks("n3_nomark.txt")[0]) == [("木村 直樹", ["¹"]), ("林 由美", ["²"])]


def test_near_miss_box_line_ending_on_its_sentence():
    """Near miss (passes on the base too): a box's line ending on ``。`` at about the box's measure is not joined by
    the measure: the box's two sentences stay two lines."""
    talk = _talks("n2_sentence_end.pdf")[0]
    assert _paragraphs(talk, "5.2")[1:] == ["フィルターが汚れていると、においの原因になります。交換してください。",
                                            "交換用フィルターは販売店でお求めください。"]
    assert _paragraphs(talk, "5.1")[1:] == ["電源プラグがコンセントから外れていないか確かめてください。",
                                            "ふたが正しく閉まっていないと、運転しません。"]
