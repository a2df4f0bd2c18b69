"""A numbered heading in step with the document's other headings is a heading however full its line: in a column no
wider than its title, the short sentence under it is no wrap of it (helper wrap59's fresh-user trial:
``2　自然共生社会の実現`` + ``里山を保全する。`` had become one paragraph, and the sections none). Headings a line's
shape already told (``（1）``, ``第2章``, ``■``, ``3. Results``) stay, and a sentence that opens on a number stays
a sentence."""

import pytest

from tests.segment_inputs import run_text

BODY = "温室効果ガスの排出を\n減らすため、再生可能\nエネルギーを導入する。\n"


def _sections(text):
    (talk,) = run_text(text).talks
    return [(s.number, s.heading.text if s.heading is not None else None, [p.text for p in s.paragraphs])
            for s in talk.sections]


FIRST = "温室効果ガスの排出を減らすため、再生可能エネルギーを導入する。"


@pytest.mark.parametrize("text, expected", [
    # the trial's shape: two sections, the last a short sentence
    ("環境計画\n1　低炭素社会の実現\n" + BODY + "2　自然共生社会の実現\n里山を保全する。\n",
     [("1", "1　低炭素社会の実現", [FIRST]), ("2", "2　自然共生社会の実現", ["里山を保全する。"])]),
    # an ASCII space after the number
    ("環境計画\n1 低炭素社会の実現\n" + BODY + "2 自然共生社会の実現\n里山を保全する。\n",
     [("1", "1 低炭素社会の実現", [FIRST]), ("2", "2 自然共生社会の実現", ["里山を保全する。"])]),
    # three sections, each short
    ("環境計画\n1　低炭素社会の実現\n" + BODY + "2　自然共生社会の実現\n里山を保全する。\n3　循環型社会の実現\nごみを減らす。\n",
     [("1", "1　低炭素社会の実現", [FIRST]), ("2", "2　自然共生社会の実現", ["里山を保全する。"]),
      ("3", "3　循環型社会の実現", ["ごみを減らす。"])]),
    # a shorter heading between: the last heading still its own
    ("環境計画\n1　低炭素社会の実現\n" + BODY + "2　計画の期間\n十年とする。\n3　自然共生社会の実現\n里山を保全する。\n",
     [("1", "1　低炭素社会の実現", [FIRST]), ("2", "2　計画の期間", ["十年とする。"]),
      ("3", "3　自然共生社会の実現", ["里山を保全する。"])]),
    # kanji numerals
    ("環境計画\n一　低炭素社会の実現\n" + BODY + "二　自然共生社会の実現\n里山を保全する。\n",
     [("1", "一　低炭素社会の実現", [FIRST]), ("2", "二　自然共生社会の実現", ["里山を保全する。"])]),
])
def test_heading_in_step_over_a_short_sentence_is_its_section(text, expected):
    assert _sections(text) == expected


@pytest.mark.parametrize("text, headings", [
    ("防災計画\n（1）避難所の運営体制\n避難所の運営体制を見\n直し、自主防災組織と\n連携を強化する。\n（2）情報伝達の手段\n無線を更新する。\n",
     ["（1）避難所の運営体制", "（2）情報伝達の手段"]),
    ("観光ビジョン\n第1章　現状と課題\n観光客数は年々増加し\nているが、宿泊客の割\n合は低い。\n第2章　基本方針\n滞在型とする。\n",
     ["第1章　現状と課題", "第2章　基本方針"]),
    ("交流事業報告\n■　姉妹都市交流\n本年度は姉妹都市から\n訪問団を受け入れた。\n■　青少年派遣\n10名を派遣した。\n",
     ["■　姉妹都市交流", "■　青少年派遣"]),
    ("Water\n2. Methods\nSamples were\nanalysed in the\nlab each week.\n3. Results\nIt worked.\n", ["2. Methods", "3. Results"]),
])
def test_headings_told_by_their_shape_stay(text, headings):
    assert [h for _, h, _ in _sections(text)] == headings


@pytest.mark.parametrize("text", [
    "事業計画\n\n1　事業の概要\n本年度の補助金は四月から九月までの間に申請を受け付けたところ、\n"
    "2件の申請があり、いずれも審査の上で交付を決定した。\n\n2　今後の予定\n下半期も受け付ける。\n",
    "事業計画\n\n1　事業の概要\n本年度の補助金は四月から九月までの間に申請を受け付け、\n"
    "2件の申請があり、いずれも審査の上で交付を\n決定した。\n\n2　今後の予定\n下半期も受け付ける。\n",
])
def test_a_sentence_opening_on_a_number_stays_a_sentence(text):
    sections = _sections(text)
    assert [n for n, _, _ in sections] == ["1", "2"]
    assert "受け付け" in sections[0][2][0] and "、2件の申請があり、いずれも審査の上で交付を" in sections[0][2][0]
