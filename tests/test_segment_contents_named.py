"""A section named like a table of contents that lists no entries is a section (a cheat sheet's ``目次`` part).

Made-up manual, two pages: the second page's ``目次`` heading explains the commands that make a contents; it
took the rest of its page as ``paper.contents`` (TeX Live's platexsheet showed the kind).
"""

from __future__ import annotations

from tests.segment_inputs import run_text

MANUAL = "\n".join([
    "文書作成の手引き",
    "1. 見出し",
    "見出しの命令は章と節の二段で使い分ける。本文の前に置くと番号が付く。",
    "\f2. 目次と索引",
    "目次",
    "相互参照用のラベルを置く命令",
    "ラベルの位置に番号を出す命令",
    "目次を出力する命令（深さは設定で変える）",
    "索引",
    "索引項目を加える命令と、その読みの書き方",
    "",
])


def test_a_section_about_contents_is_no_contents() -> None:
    [talk] = run_text(MANUAL).talks
    assert talk.contents == ()
    body = [t.text for s in talk.sections for t in (s.heading, *s.paragraphs) if t is not None] + [t.text for t in talk.front]
    assert "目次を出力する命令（深さは設定で変える）" in " ".join(body)


def test_a_contents_with_page_numbers_is_still_one() -> None:
    text = "\n".join(["報告書", "目次", "1. はじめに ........ 1", "2. 方法 ........ 3", "3. 結果 ........ 5",
                      "\f1. はじめに", "本報告は、次の三つの節からなる。", "2. 方法", "調査は二回行った。", "3. 結果", "結果を示す。", ""])
    [talk] = run_text(text).talks
    assert [t.text for t in talk.contents][:2] == ["1. はじめに ........ 1", "2. 方法 ........ 3"]  # the heading is front


MANUAL_EN_JA = "\n".join([
    "The harbourlog package",
    "Mika Tanabe",
    "1 Requirements",
    "2 Installation",
    "3 Usage",
    "1 Requirements",
    "A recent TeX distribution with the expl3 layer.",
    "2 Installation",
    "Copy the style file into the local tree and refresh the file name database.",
    "3 Usage",
    "Load the package in the preamble and call the log command where needed.",
    "1 必要なもの",
    "2 インストール",
    "3 使い方",
    "1 必要なもの",
    "expl3 を含む新しい TeX の配布物が必要です。",
    "2 インストール",
    "スタイルファイルを手元のツリーに置き、ファイル名データベースを更新してください。",
    "3 使い方",
    "プリアンブルでパッケージを読み込み、必要な場所で命令を呼んでください。",
    "",
])


def test_a_manuals_lists_of_sections_without_page_numbers_are_contents() -> None:
    [talk] = run_text(MANUAL_EN_JA).talks
    assert [t.text for t in talk.contents] == ["1 Requirements", "2 Installation", "3 Usage",
                                               "1 必要なもの", "2 インストール", "3 使い方"]
    assert all(s.paragraphs for s in talk.sections)  # no empty section made of a contents entry
    assert len(talk.sections) == 6


def test_a_list_of_sections_followed_by_other_text_is_contents_when_the_sections_follow() -> None:
    lines = MANUAL_EN_JA.split("\n")
    text = "\n".join(lines[:5] + ["An overview in English and Japanese.", "This note shows the package at work."]
                     + lines[5:])
    [talk] = run_text(text).talks
    assert [t.text for t in talk.contents][:3] == ["1 Requirements", "2 Installation", "3 Usage"]
    assert all(s.paragraphs for s in talk.sections)
