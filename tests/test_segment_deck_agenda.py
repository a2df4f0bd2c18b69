"""A Japanese deck alone whose second slide lists its agenda (``本日の内容`` / ``１．…`` / ``２．…``), with ``- N -`` page
numbers and a closing slide followed by a contact block, is a deck (trial 32: it was a paper with no slides, its agenda
items the paper's empty sections and every later slide in the last one)."""

from __future__ import annotations

from tests.segment_inputs import run_text

AGENDA = ["１．ため池の現状", "２．改修の進み具合", "３．費用の比較", "４．今後の管理"]
SLIDES = [("ため池の現状", ["・市内のため池は約３２０か所", "・うち約６割を水利組合が管理", "・点検の担い手が不足"]),
          ("改修の進み具合", ["・平成３０年度から補助制度を開始", "・令和６年度末で改修率は４５％"]),
          ("費用の比較（１か所あたり）", ["工法\t工期\t費用", "全面改修\t２年\t８，０００万円", "部分補修\t半年\t１，２００万円"]),
          ("今後の管理", ["・令和８年度から市が点検を実施", "・水位は遠隔で監視"])]


def _deck(closing: list[str]) -> str:
    lines = ["ため池のICT化と管理の見直し", "～水利組合の負担を減らすために～", "みずほ市 農林課 主査 佐藤 一郎",
             "令和７年２月５日 水利組合長会議", "- 1 -", "本日の内容", *AGENDA, "- 2 -"]
    for k, (title, body) in enumerate(SLIDES, 3):
        lines += [title, *body, f"- {k} -"]
    lines += [*closing, f"- {len(SLIDES) + 3} -"]
    return "\n".join(lines) + "\n"


def test_a_deck_with_an_agenda_slide_is_a_deck():
    (talk,) = run_text(_deck(["ご清聴ありがとうございました", "問い合わせ先：農林課 農地係", "電話 ０１２－３４５－６７８９"])).talks
    assert talk.slides, "the deck has slides"
    assert not talk.sections, "an agenda's items head no sections"
    titles = [s.title.text if s.title is not None else None for s in talk.slides]
    assert "本日の内容" in titles and "今後の管理" in titles
    # the cover is one slide: its speaker line is the speaker's, and the dated occasion under it names nobody
    assert [s.number for s in talk.slides] == [1, 2, 3, 4, 5, 6, 7]
    assert talk.speaker.name is not None and talk.speaker.name.text == "佐藤 一郎"
    assert talk.speaker.affiliation.text == "みずほ市 農林課 主査"
    # the cover's wave-dashed subtitle is Japanese: subtitle.ja, never subtitle.en
    assert talk.subtitle.ja is not None and talk.subtitle.ja.text == "～水利組合の負担を減らすために～"
    assert talk.subtitle.en is None


def test_a_paper_with_numbered_headings_over_their_text_stays_a_paper():
    prose = "本市のため池は江戸時代に築かれたものが多く、老朽化が進んでいるため、計画的な改修が求められている。"
    text = "\n".join(["ため池の改修に関する報告", "みずほ市 農林課", "1．ため池の現状", prose, prose, "2．改修の進み具合",
                      prose, "3．今後の管理", prose]) + "\n"
    (talk,) = run_text(text).talks
    assert not talk.slides and [s.number for s in talk.sections] == ["1", "2", "3"]


def test_a_dated_occasion_is_no_speaker_line():
    from pipeline.segment.names import speaker_split
    assert speaker_split("令和7年2月5日 水利組合長会議") is None and speaker_split("2025年2月5日 理事会") is None
    assert speaker_split("みずほ市 農林課 主査 佐藤 一郎") == 11
