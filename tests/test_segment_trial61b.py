"""Fresh-user trial 61b's title faults, each as a made-up document of its kind:

* a body's work named after the body (``Climate Adaptation Strategy: Committee Note``, ``Board Paper``) is a title,
  never an organisation (``labels.WORK_KINDS``); the note had lost its title and its body;
* a Korean line is never the ``{ja, en}`` title, and a Korean line reading the next line's ideographs is passed over
  as its twin (``titleblock._pass_korean_twin``): a Korean–Japanese notice had taken its Korean issuer for its title
  (since session 64 the Korean title line over the Japanese one is ``title.ko``).
"""

from pathlib import Path

import pytest

from pipeline.segment.organisations import is_organisation
from reliability import accounting


@pytest.mark.parametrize("line", ["Climate Adaptation Strategy: Committee Note", "Committee Note", "Board Paper",
                                  "Council Statement", "Budget Plan: Cabinet Submission"])
def test_a_bodys_work_is_no_organisation(line: str) -> None:
    assert not is_organisation(line)


@pytest.mark.parametrize("line", ["Harbour Committee", "Harbour Board", "Audit Committee, Northfield Council"])
def test_the_body_itself_still_is(line: str) -> None:
    assert is_organisation(line)


def _one(tmp_path: Path, name: str, text: str) -> dict:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    _, talks, problems = accounting(path, tmp_path / "out")
    assert problems == [] and len(talks) == 1
    return talks[0]


def test_committee_note_keeps_its_title_and_body(tmp_path: Path) -> None:
    talk = _one(tmp_path, "note.txt", "Harbour Dredging Programme: Board Paper\n\nThe board reviewed the dredging "
                "programme for the inner harbour, noting that silt has built up faster than expected since 2021 and "
                "that two berths are now unusable at low water for most of each month.\n")
    assert talk["title"]["en"] == "Harbour Dredging Programme: Board Paper"
    assert talk["paper"]["sections"] and talk["paper"]["sections"][0]["paragraphs"]


def test_korean_japanese_notice_is_titled_in_japanese(tmp_path: Path) -> None:
    talk = _one(tmp_path, "notice.txt",
                "안내문 / ご案内\n\n여름 어린이 미술 교실 참가자 모집\n夏休み子ども美術教室参加者募集\n\n"
                "인천광역시 문화재단\n仁川広域市文化財団\n\n"
                "인천시와 요코하마시는 올해 여름 어린이 미술 교실을 함께 엽니다.\n"
                "仁川市と横浜市は、今年の夏、子ども美術教室を共同で開催します。\n")
    assert talk["title"]["ja"] == "夏休み子ども美術教室参加者募集"
    assert talk["speaker"]["affiliation"] == "仁川広域市文化財団"
    front = [p["text"] for p in talk["paper"]["front"]]
    # the Korean title line over the Japanese one is title.ko, whole (session 64: it had stayed front); the Korean
    # issuer under them, the Japanese issuer's twin, is never a title
    assert talk["title"]["ko"] == "여름 어린이 미술 교실 참가자 모집" and "여름 어린이 미술 교실 참가자 모집" not in front


def test_a_rule_of_wave_dashes_under_a_title_is_no_subtitle(tmp_path: Path) -> None:
    # a Markdown title's ``~~~~`` underline (README 035 in the regression run, spotted by helper press61)
    talk = _one(tmp_path, "notes.txt", "Release notes for Harbourmaster\n~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~\n"
                "If you are building a package of Harbourmaster for distribution, please read the packaging notes first.\n")
    assert talk["title"]["en"] == "Release notes for Harbourmaster"
    assert talk["subtitle"] == {"ja": None, "en": None}
