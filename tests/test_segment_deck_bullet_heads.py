"""A deck slide's title between two bullets that end without 。 is the slide's title, not the page's running header
(trial 33: ``改修費補助制度`` after ``4/9`` was dropped as a running header: the bullets on both sides looked like one
sentence running across the page break)."""

from __future__ import annotations

from tests.segment_inputs import run_text

SLIDES = [("市内のため池の現状", ["・市内のため池は約三百二十か所にのぼり老朽化が進む", "・うち約六割を水利組合が管理している現状"]),
          ("改修の補助制度", ["・改修費の二分の一を市が補助し上限は一か所あたり百万円", "・申請は水利組合を通じて年度ごとに受け付ける"]),
          ("今後の課題", ["・点検の担い手の確保と水位の遠隔監視の導入", "・地域の見守りへの協力を各組合に呼びかけ"])]


def test_a_slide_title_between_bullets_is_no_running_header():
    lines = ["ため池の改修と管理", "みずほ市 農林課 主査 佐藤 一郎", "1/4"]
    for k, (title, bullets) in enumerate(SLIDES, 2):
        lines += [title, *bullets, f"{k}/4"]
    (talk,) = run_text("\n".join(lines) + "\n").talks
    titles = [s.title.text if s.title is not None else None for s in talk.slides]
    assert titles[1:] == [title for title, _ in SLIDES]
