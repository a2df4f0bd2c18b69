"""Session 77, helper realpdf77: real PDFs of fresh-user trial 77c whose visible structure the pipeline lost (issue 16
point 2): a numbered list in a section's body read as a contents, ..."""

from __future__ import annotations

from segmenting import only_talk, paragraph_texts

LIST_IN_BODY = """JFMファイルフォーマット

1 JFMファイルの構成

JFMフォーマットは株式会社アスキーが開発した当初仕様のままであったが，
開発コミュニティは下記の3点につき仕様を拡張した．
1. テーブルへの文字コード格納
2. テーブルでのスキップ使用
3. テーブルでの再配置
これらの拡張機能が使われている場合は新しい版が必要である．

1.1 テーブルへの文字コード格納

各エントリーは1ワードで構成されるが，オリジナルの仕様では上位半ワードに文字コードを持つ．

1.2 テーブルでのスキップ使用

スキップ命令を使うと，同じ命令列を共有できるようになる．

2 プログラム

前節で述べたとおり，下記の3点につき仕様が拡張されている．
1. テーブルへの文字コード格納
2. テーブルでのスキップ使用
3. テーブルでの再配置
これらの情報も表示される．
"""


def test_numbered_list_after_a_sentence_is_no_contents():
    # jfm's section 1.6: three numbered items after ``…仕様を拡張した．``, restated in a later recap, had become the
    # paper's contents entries
    talk, _ = only_talk(LIST_IN_BODY)
    assert list(talk.contents) == []
    assert "1. テーブルへの文字コード格納" in "\n".join(paragraph_texts(talk))


def test_restated_run_under_a_label_stays_contents():
    # near miss: a manual's list of its sections under its name (no sentence before it) stays its contents
    from pipeline.model import Text
    from pipeline.segment.contents import _restated_run
    mk = lambda *ss: [Text.from_raw(s, n) for n, s in enumerate(ss, 1)]  # noqa: E731
    assert _restated_run(mk("Manual", "1 Setup", "2 Usage", "3 Support", "1 Setup", "Install it.", "2 Usage")) == (1, 4)
    assert _restated_run(mk("It works in three steps:", "1 Setup", "2 Usage", "3 Support", "1 Setup", "Install it.",
                            "2 Usage")) is None
