"""A press release's numbered items, one of them under a form field's label (``２　場所　…``), are titled alike and
none is lost into its neighbour (fresh-user trial 58: ``２　場所`` had been read as a record's field and gone into item
1's text, the sections numbered 1 and 3); a record's numbered fields stay fields."""

from tests.segment_inputs import run_text

RELEASE = """報道発表資料
令和７年３月１０日
浜松市 産業振興課

浜松市と株式会社ヤマオカ楽器が地域の音楽教育で連携協定を締結します

浜松市は、株式会社ヤマオカ楽器と、小中学校の音楽教育の充実を目的とした連携協定を締結します。
１　締結日時　令和７年３月１７日（月）午前１０時
２　場所　浜松市役所 本館８階 会議室
３　内容　楽器の貸出し、講師の派遣
"""


def _sections(text):
    (talk,) = run_text(text).talks
    return [(s.number, s.title.text, [p.text for p in s.paragraphs]) for s in talk.sections]


def test_items_one_under_a_field_label_are_titled_alike():
    # (the release's lead before its items is its untitled body section first: helper fix70f, session 70)
    assert _sections(RELEASE) == [
        (None, "", ["浜松市は、株式会社ヤマオカ楽器と、小中学校の音楽教育の充実を目的とした連携協定を締結します。"]),
        ("1", "締結日時", ["令和7年3月17日（月）午前10時"]),
        ("2", "場所", ["浜松市役所 本館8階 会議室"]),
        ("3", "内容", ["楽器の貸出し、講師の派遣"]),
    ]


def test_other_wordings():
    text = RELEASE.replace("締結日時", "実施期間").replace("場所", "会場").replace("内容", "対象")
    assert [(n, t) for n, t, _ in _sections(text)] == [(None, ""), ("1", "実施期間"), ("2", "会場"), ("3", "対象")]


def test_numbered_headings_of_prose_are_not_cut():
    text = "市の取組について\n\n１　はじめに\n本市は交流を進めてきた。\n２　調査の方法と対象\n市民に聞いた。\n"
    assert [(n, t) for n, t, _ in _sections(text)] == [("1", "はじめに"), ("2", "調査の方法と対象")]
