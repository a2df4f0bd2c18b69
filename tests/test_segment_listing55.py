"""Issue 16 (helper gikai55; trial 54c's Japanese manual): a text dump's program listing is one ``code`` block, its
lines and indentation kept. A dump has no typewriter face, so listing54's rule (a PDF's monospaced lines) read none:
a YAML file and the command lines printed in a manual came out one paragraph a line, the YAML's nesting lost. In a
dump a listing shows by where and how it is set: two lines or more set in from the prose that introduces them, each
a shell's command after its prompt (``$ …``, ``> …``, ``C:\\work> …``) or a data file's key, value or list item.
Clean text stays prose: a quoted mail (``> …`` flush with its text, or words with no file, path or option), a notice's
indented fields (``Date: 12 May``), a Japanese sentence ending on ``：`` and its ``・`` list, a plain dash list.
Made-up inputs; the expected results were written first."""

from __future__ import annotations

import pytest

from segment_inputs import run_text


def _blocks(section) -> list[str]:
    """The section's paragraphs with each listing as one block, its lines joined by line breaks."""
    starts = dict(section.listings)
    out, i = [], 0
    while i < len(section.paragraphs):
        n = starts.get(i, 1)
        out.append("\n".join(p.text for p in section.paragraphs[i:i + n]))
        i += n
    return out


def _section(text: str, number: str):
    [talk] = run_text(text).talks
    return next(s for s in talk.sections if s.number == number)


JA_MANUAL = """\
港湾統計システム　操作説明書

１　はじめに
本書は、港湾統計システムで入港数の報告書を作る手順を説明する。対象は、港湾課で統計を担当する職員であり、
設定ファイルの書き方と実行の方法を順に述べる。

２　設定
設定はJSONではなくYAML形式で書く。次は、月ごとに入港数をまとめる設定の例である。
      source: arrivals_2026.csv
      period: monthly
      filters:
        - berth: 3
        - berth: 5
      report:
        title: 入港数の推移
        format: pdf
この設定では、第3バースと第5バースの入港だけを数える。

３　実行
端末を開き、次のコマンドを入力する。
    $ kowan build settings.yaml --out report/
    $ kowan open report/arrivals.pdf
処理が終わると、報告書が開く。
"""


def test_a_dump_s_yaml_listing_is_one_block_with_its_nesting():
    section = _section(JA_MANUAL, "2")
    assert section.listings == ((1, 8),)
    blocks = _blocks(section)
    assert blocks == [
        "設定はJSONではなくYAML形式で書く。次は、月ごとに入港数をまとめる設定の例である。",
        "source: arrivals_2026.csv\nperiod: monthly\nfilters:\n  - berth: 3\n  - berth: 5\nreport:\n  title: 入港数の推移\n"
        "  format: pdf",
        "この設定では、第3バースと第5バースの入港だけを数える。",
    ]


def test_a_dump_s_command_lines_are_one_block():
    assert _blocks(_section(JA_MANUAL, "3")) == [
        "端末を開き、次のコマンドを入力する。",
        "$ kowan build settings.yaml --out report/\n$ kowan open report/arrivals.pdf",
        "処理が終わると、報告書が開く。",
    ]


EN_README = """\
Harbour Tools User Guide

1. Installing
Install the package and check that it runs:
  C:\\work> pip install harbour-tools
  C:\\work> harbour --version
The version number is printed on one line.

2. Notes
The helpdesk replied to our question:
> Thanks for asking about the version.
> The next release is due in May.
We will update the guide then.
"""


def test_a_windows_prompt_s_lines_are_one_block():
    assert _blocks(_section(EN_README, "1"))[1] == "C:\\work> pip install harbour-tools\nC:\\work> harbour --version"


def test_a_quoted_mail_flush_with_its_text_is_no_listing():
    section = _section(EN_README, "2")
    assert section.listings == ()


NEGATIVES = {
    "quote set in, words": "次の返事があった。\n  > I will send the minutes\n  > before the meeting\n以上である。",
    "quote in Japanese": "次の返事があった。\n  > 承知しました\n  > 来週お送りします\n以上である。",
    "notice's fields": "The event is held as follows:\n  Date: 12 May 2026\n  Venue: Town Hall\nAll are welcome.",
    "colon and ・ list": "会場は次のとおりである：\n　　・市民ホール\n　　・港町公民館\n駐車場はない。",
    "dash list": "Bring the following:\n  - a packed lunch\n  - walking boots\nWe start at nine.",
    "keys in a sentence": "設定の考え方は次のとおり。\n  input: the file that is read first.\n  output: the file written at the end.\n以上。",
}


def _code(text: str) -> list[str]:
    """The lines of a text dump that segment reads as code (``linekinds.code_lines`` on the cleaned lines)."""
    from pipeline.clean import clean
    from pipeline.extract import extract
    from pipeline.segment.layout import Layout
    from pipeline.segment.linekinds import code_lines

    doc = clean(extract(text.encode(), name="made-up.txt"))
    return [t.text for t, c in zip(doc.lines, code_lines(list(doc.lines), Layout.of(doc))) if c]


@pytest.mark.parametrize("case", list(NEGATIVES), ids=list(NEGATIVES))
def test_clean_text_set_in_is_no_code(case):
    assert _code("見出しのない文書\n\n1. 本文\n" + NEGATIVES[case] + "\n") == []


def test_the_same_lines_set_in_as_a_listing_are_code():
    """The negatives' check can fail: a YAML listing in the same frame is read as code."""
    assert _code("見出しのない文書\n\n1. 本文\n設定の例：\n  input: a.csv\n  output: b.csv\n以上。\n") == ["input: a.csv", "output: b.csv"]


def test_a_command_s_output_joins_its_listing():
    """Was a strict xfail (known miss) until session 57 (tests/test_segment_listing57.py)."""
    text = "1. Run\nRun the check:\n  $ harbour check data.csv\n  checked 120 rows\nThat is all.\n"
    assert _blocks(_section(text, "1"))[1] == "$ harbour check data.csv\nchecked 120 rows"


@pytest.mark.parametrize("edition", ["第２版　港湾課", "改訂第3版", "初版　2026年4月"])
def test_a_manual_s_edition_line_is_no_part_of_its_title(edition):
    """Trial 54c's manual titled ``…利用の手引き`` over ``第２版　情報政策課``: a title ending on kana (``き``) had taken the
    edition line on as its wrap (``…手引き第2版　情報政策課``)."""
    text = JA_MANUAL.replace("港湾統計システム　操作説明書\n", "港湾統計システムの手引き\n" + edition + "\n")
    [talk] = run_text(text).talks
    assert talk.title.ja.text == "港湾統計システムの手引き"
    assert any(t.text.startswith(edition.replace("２", "2")[:3]) for t in talk.front)
