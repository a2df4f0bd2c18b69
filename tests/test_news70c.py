"""A periodical's masthead over its publisher's line (issue 16 point 2, fresh-user trial 70c's ``news_bil.txt``; helper
news70c).

A newsletter's masthead (``国際交流ニュース　第42号`` / ``International Exchange News No. 42``) stands over its publisher's
line, dated or not, in Japanese, English or both (``2026年11月発行　高松市国際交流協会``, ``発行：…``, ``編集・発行　…``,
``Published November 2026 by …``, ``Edited and published by …``). The publisher's line is no title, no translation
of one, no organisation's letterhead and no speaker (``titleblock.masthead_publisher``): it stays ``front`` and the
masthead titles the newsletter, its articles its sections. Before, the dated Japanese line had been ``title.ja`` (the
English masthead over it read as a title and that line as its translation, the English publisher's line as its
speaker), and with a plain ``発行　…`` line the first headline titled the newsletter.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.segment_inputs import front_texts, run_file, speaker_texts

MINE = Path(__file__).parent / "data" / "news70c"  # copies of /work/regress/in_news70c


def _run(name: str):
    path = MINE / name
    return run_file(path.read_bytes(), path.name).talks


def _titles(talk) -> tuple[str | None, str | None]:
    return tuple(t.text if t is not None else None for t in (talk.title.ja, talk.title.en))


def _heads(talk) -> list[str | None]:
    return [s.title.text if s.title is not None else None for s in talk.sections]


@pytest.mark.parametrize("name, title, publisher, heads", [
    ("nb_trial70c.txt", "国際交流ニュース", ["2026年11月発行　高松市国際交流協会",
                                      "Published November 2026 by Takamatsu International Association"],
     ["姉妹都市から高校生が来訪", "日本語教室の新しい会場", "ボランティア通訳を募集します"]),
    ("nb_hasshu.txt", "みどり市国際交流だより", ["発行　みどり市国際交流協会", "Published by Midori International Association"],
     ["外国人のための防災訓練", "料理教室のお知らせ"]),
    ("ne_published.txt", "Harbourside Residents' News",
     ["Published October 2026 by Harbourside Residents' Association"],
     ["New Bus Shelter on Quay Street", "Autumn Clean-Up Day"]),
    ("ne_edited_published.txt", "The Millbrook Gazette", ["Edited and published by Millbrook Community Trust"],
     ["Library Extends Opening Hours", "Football Club Seeks Coaches"]),
    ("nj_hasshu.txt", "あおば町内会だより", ["発行：あおば町内会"], ["夏祭りを開催しました", "清掃活動のお願い"]),
    ("nj_henshu.txt", "ひかり台自治会報", ["編集・発行　ひかり台自治会 広報部"], ["防犯パトロールを始めます", "敬老会のご案内"]),
])
def test_a_masthead_over_its_publishers_line_titles_the_newsletter(name, title, publisher, heads):
    (talk,) = _run(name)
    assert title in _titles(talk)
    front = front_texts(talk)
    assert all(line in front for line in publisher)
    assert speaker_texts(talk) == (None, None)  # a body publishes it: no person speaks (docs: a credit naming a body)
    assert _heads(talk) == heads


def test_near_miss_a_papers_published_in_line_and_a_reports_issuer():
    (paper,) = _run("nm_paper_published_in.txt")
    assert _titles(paper) == (None, "Walking Distances to Rural Bus Stops")
    assert "Published in Journal of Rural Transport, Vol. 12" in front_texts(paper)
    (report,) = _run("nm_report_issuer.txt")
    assert _titles(report) == ("令和7年度\u3000公共交通利用実態調査報告書", None)
    assert "高松市都市整備局交通政策課" in front_texts(report)


@pytest.mark.parametrize("line, publisher", [
    ("Published November 2026 by Takamatsu International Association", True),
    ("Published by Midori International Association", True),
    ("Edited and published by Millbrook Community Trust", True),
    ("Published 3 March 2026 by Riverside Town Council", True),
    ("Publisher: Riverside Residents' Association", True),
    ("2026年11月発行　高松市国際交流協会", True),
    ("編集・発行　ひかり台自治会 広報部", True),
    ("Published in Journal of Rural Transport, Vol. 12", False),
    ("Published by the council in 2024, the plan sets out our aims.", False),
    ("Published Works of the Harbour Poets", False),
    ("International Exchange News", False),
])
def test_a_publishers_line_in_either_language(line, publisher):
    from pipeline.segment.titleblock import masthead_publisher  # new in this change: imported here, so the runs fail alone

    assert masthead_publisher(line) is publisher
