"""A web page printed from a browser (issue 16 points 2 and 4; trial 54b): the browser's header and footer, and the
site's toolbar, breadcrumb trail, back-to-top link and copyright line, are page furniture in the ledger; the page's
title is its own line, never the toolbar and never glued to the breadcrumb's last item; the contact block stays.

Every document here is made up (none is trial 54b's page); the results were written down before the rule
(``pipeline.segment.webpage``). The negatives are documents the rule must not touch: a paper's ``x > 0``, a list of
steps ``A → B``, a manual's ``Home > Settings`` with no web page around it, a reference list's addresses at the foot
of its pages, a copyright line in a paper, a date and time opening a line of minutes.
"""

from __future__ import annotations

from segmenting import furniture_of, only_talk, paragraph_texts, text_of

FF = "\f"

# a printed page is full: a browser breaks the page where the paper ends, so every page but the last holds a page's
# worth of text
PAGE_OF_PROSE = (
    "生ごみは水気をよく切ってから出してください。水分を減らすと、収集車の中でのにおいや汁のもれを防げます。\n"
    "紙おむつは汚物を取り除いてから、中身が見えないように袋に包んで出してください。\n"
    "草や木の枝は、長さ50センチメートル以下に切って、ひもで束ねて出してください。\n"
    "収集日の前日の夜に出すと、カラスや猫に荒らされることがありますので、当日の朝に出してください。\n"
) * 5

# Chrome, Japanese: the date and time with the page's title atop each page, the address and the count at each foot
CHROME_JA = (
    "2026/01/15 14:05\tごみの出し方｜山北町\n"
    "山北町\n"
    "文字サイズ　小　中　大　　読み上げ\n"
    "サイトマップ\n"
    "トップページ > くらし > ごみ・リサイクル > ごみの出し方\n"
    "ごみの出し方\n"
    "掲載日：2025年12月1日\n"
    "■ 燃やすごみ\n"
    "燃やすごみは、毎週月曜日と木曜日の朝8時までに、決められた集積所に出してください。\n"
    + PAGE_OF_PROSE +
    "■ 資源ごみ\n"
    "びん、缶、ペットボトルは、中を洗ってから種類ごとに分けて出してください。\n"
    "https://www.town.yamakita.example.lg.jp/kurashi/gomi/dashikata.html\t1/2\n"
    + FF +
    "2026/01/15 14:05\tごみの出し方｜山北町\n"
    "トップページ > くらし > ごみ・リサイクル > ごみの出し方\n"
    "■ 粗大ごみ\n"
    "粗大ごみは、事前に電話で申し込みをしてください。手数料は品目ごとに異なります。\n"
    "このページに関するお問い合わせ\n"
    "環境課 ごみ対策係\n"
    "電話：0465-00-0000\n"
    "▲ページの先頭へ戻る\n"
    "Copyright © Yamakita Town. All Rights Reserved.\n"
    "https://www.town.yamakita.example.lg.jp/kurashi/gomi/dashikata.html\t2/2\n"
)


def test_chrome_page_furniture_goes_to_the_ledger():
    talk, ledger = only_talk(CHROME_JA)
    furniture = furniture_of(ledger)
    reasons = {text.strip(): reason for reason, text in furniture}
    assert reasons["2026/01/15 14:05\tごみの出し方｜山北町"] == "running-header"
    assert [r for r, t in furniture if t.startswith("2026/01/15")] == ["running-header"] * 2
    assert [r for r, t in furniture if t.startswith("https://")] == ["running-footer"] * 2
    assert [r for r, t in furniture if t.startswith("トップページ >")] == ["navigation"] * 2
    assert reasons["文字サイズ　小　中　大　　読み上げ"] == "navigation"
    assert reasons["サイトマップ"] == "navigation"
    assert reasons["▲ページの先頭へ戻る"] == "navigation"
    assert reasons["Copyright © Yamakita Town. All Rights Reserved."] == "running-footer"


def test_chrome_page_title_and_text():
    talk, _ = only_talk(CHROME_JA)
    assert text_of(talk.title.ja) == "ごみの出し方"
    assert [s.title.text for s in talk.sections] == ["燃やすごみ", "資源ごみ", "粗大ごみ"]
    paragraphs = paragraph_texts(talk)
    front = [t.text for t in talk.front]
    for text in paragraphs + front:
        assert "http" not in text and ">" not in text and "先頭へ" not in text and "©" not in text
        assert "文字サイズ" not in text and "サイトマップ" not in text
    # the contact the page gives stays, each line its own
    assert paragraphs[-3:] == ["このページに関するお問い合わせ", "環境課 ごみ対策係", "電話：0465-00-0000"]


def test_short_printed_pages_are_no_slides():
    # a browser's pages are paper pages broken where the paper ends, never slides, however little each holds
    talk, _ = only_talk(CHROME_JA.replace(PAGE_OF_PROSE, ""))
    assert talk.shape == "paper"
    assert text_of(talk.title.ja) == "ごみの出し方"


# Firefox, English: the title and the address atop each page, ``Page n of N`` and the date and time at each foot
FIREFOX_EN = (
    "Recycling collection - Riverton City\thttps://www.riverton.example.gov/services/recycling\n"
    "Skip to content      Menu      Search\n"
    "Home > Services > Recycling collection\n"
    "Recycling collection\n"
    "Collection days\n"
    "Recycling is collected every other Tuesday. Put your cart at the curb by 7 a.m. on the day of collection,\n"
    "with the lid closed and the handle facing your house.\n"
    "Page 1 of 2\t6/2/25, 9:41 AM\n"
    + FF +
    "Recycling collection - Riverton City\thttps://www.riverton.example.gov/services/recycling\n"
    "What goes in the cart\n"
    "Clean paper, cardboard, cans and plastic bottles go in the cart. Plastic bags and food waste do not.\n"
    "Back to top\n"
    "© 2025 City of Riverton\n"
    "Page 2 of 2\t6/2/25, 9:41 AM\n"
)


def test_firefox_page_furniture_goes_to_the_ledger():
    talk, ledger = only_talk(FIREFOX_EN)
    furniture = furniture_of(ledger)
    assert [r for r, t in furniture if "https://" in t] == ["running-header"] * 2 or \
        [r for r, t in furniture if "https://" in t] == ["running-footer"] * 2
    assert len([t for r, t in furniture if t.startswith("Page ") or "9:41 AM" in t]) >= 2
    reasons = {text.strip(): reason for reason, text in furniture}
    assert reasons["Home > Services > Recycling collection"] == "navigation"
    assert reasons["Back to top"] == "navigation"
    assert reasons["© 2025 City of Riverton"] == "running-footer"
    assert text_of(talk.title.en) == "Recycling collection"
    texts = paragraph_texts(talk) + [t.text for t in talk.front]
    assert not [t for t in texts if "https://" in t or "Page 1 of 2" in t or "Back to top" in t or ">" in t]


def test_one_page_print_with_its_count():
    text = ("2026/01/15 14:05\t休日診療のお知らせ｜山北町\n"
            "ホーム > 健康・福祉 > 休日診療のお知らせ\n"
            "休日診療のお知らせ\n"
            "1月の休日診療は、町立診療所で午前9時から午後5時まで受け付けます。\n"
            "https://www.town.yamakita.example.lg.jp/kenko/kyujitsu.html\t1/1\n")
    talk, ledger = only_talk(text)
    furniture = furniture_of(ledger)
    assert [r for r, t in furniture] == ["running-header", "navigation", "running-footer"]
    assert text_of(talk.title.ja) == "休日診療のお知らせ"


# --- negatives: documents with no web page in them keep their lines --------------------------------------------

def test_a_papers_greater_than_and_arrows_stay():
    text = ("閾値の決め方\n"
            "山田 太郎（北大学）\n"
            "1. はじめに\n"
            "本稿では、x > 0 を満たす範囲で、閾値 a > b > c の順に候補を調べる方法を述べる。\n"
            "手順は次のとおりである。\n"
            "申請 → 審査 → 交付\n"
            "Home > Settings > Display\n"
            "の順に開くと、画面の明るさを変えられる。\n"
            "© 2024 情報処理研究会\n")
    talk, ledger = only_talk(text)
    assert furniture_of(ledger) == []
    kept = "\n".join(paragraph_texts(talk) + [t.text for t in talk.front])
    assert "x > 0" in kept and "申請 → 審査 → 交付" in kept and "Home > Settings > Display" in kept
    assert "©" in kept and "情報処理研究会" in kept


def test_a_reference_lists_addresses_at_page_feet_stay():
    text = ("Notes on Harbour Data\n"
            "1. Introduction\n"
            "The harbour publishes its tide tables and its berth schedules as open data every month of the year.\n"
            "References\n"
            "[1] Port Authority. Tide tables 2024.\n"
            "https://data.port.example.org/tides/2024.csv\n"
            + FF +
            "[2] Port Authority. Berth schedules 2024.\n"
            "https://data.port.example.org/berths/2024.csv\n"
            + FF +
            "[3] City Council. Open data policy.\n"
            "https://www.council.example.gov/opendata/policy.html\n")
    talk, ledger = only_talk(text)
    assert not [t for r, t in furniture_of(ledger) if "https://" in t]
    kept = "\n".join(paragraph_texts(talk) + [t.text for t in talk.front])
    assert kept.count("https://") == 3


def test_a_date_and_time_opening_minutes_stays():
    text = ("第3回 検討委員会 議事録\n"
            "2025/06/02 9:41\t開会\n"
            "委員長から、前回の議事録について確認があった。\n"
            "2025/06/02 10:15\t閉会\n")
    talk, ledger = only_talk(text)
    assert furniture_of(ledger) == []


def test_a_web_pages_heading_named_as_a_tool_stays():
    # a page about the city's languages: its heading ``Language`` is the page's text, the toolbar's ``Language``
    # atop the page is the site's
    text = ("Language\n"
            "Home > Living > Interpreting services\n"
            "Interpreting services\n"
            "The city offers interpreters at its service counters for residents who need help with forms and notices.\n"
            "Appointments are free and can be made by telephone or at any counter of the city hall.\n"
            "Language\n"
            "Interpreters speak English, Chinese, Korean, Portuguese and Vietnamese on weekdays from 9 to 5.\n"
            "Staff can arrange other languages with a week's notice, through the prefecture's interpreting service.\n"
            "The service also covers meetings at schools and clinics, where the city pays the interpreter's fee.\n"
            "Back to top\n")
    talk, ledger = only_talk(text)
    assert [(r, t.strip()) for r, t in furniture_of(ledger)] == [
        ("navigation", "Language"), ("navigation", "Home > Living > Interpreting services"),
        ("navigation", "Back to top")]
    kept = [s.title.text for s in talk.sections] + paragraph_texts(talk) + [t.text for t in talk.front]
    assert "Language" in kept


def test_a_trail_over_its_pages_title_is_navigation_alone():
    # a page saved as text (no browser margins, one trail): the trail ends on the title the next line prints; the title
    # stands alone, never glued to the trail
    text = ("トップページ > 観光 > 山北の桜まつり\n"
            "山北の桜まつり\n"
            "毎年4月上旬に、町民公園で桜まつりを開きます。屋台や演奏会があり、夜は桜をライトアップします。\n"
            "駐車場には限りがありますので、公共交通機関をご利用ください。\n")
    talk, ledger = only_talk(text)
    assert [(r, t.strip()) for r, t in furniture_of(ledger)] == [("navigation", "トップページ > 観光 > 山北の桜まつり")]
    assert text_of(talk.title.ja) == "山北の桜まつり"


def test_safari_header_with_the_date_at_its_end():
    page = ("Road closures - Riverton City      6/2/25, 9:41 AM\n"
            "Road closures\n"
            "Main Street will be closed between 1st and 4th Avenue from June 9 to June 20 for water main repairs.\n"
            "Buses will use Oak Street during the closure, and the stops on Main Street will not be served.\n"
            "https://www.riverton.example.gov/news/road-closures      Page {} of 2\n")
    talk, ledger = only_talk(page.format(1) + FF + page.replace("Road closures\n", "", 1).format(2))
    assert [r for r, t in furniture_of(ledger)] == ["running-header", "running-footer"] * 2


# the site's banner holds a toolbar of words no list holds (``よみあげる``), and the page prints its record
# (``ページ番号 … 更新日 …``) under its title; the site's footer follows the back-to-top link
HIGASHIYAMA = (
    "令和7年度 予防接種のお知らせ - 東山市\t2025/07/01 10:02\n"
    "本文へ　　ふりがなをつける　　よみあげる　　ズーム\n"
    "現在の位置：ホーム ＞ 健康・医療 ＞ 予防接種 ＞ 令和7年度 予防接種のお知らせ\n"
    "令和7年度 予防接種のお知らせ\n"
    "ページ番号 1003456 更新日 2025年6月20日\n"
    "1. 対象者\n"
    "東山市に住民登録がある65歳以上の方で、過去に接種を受けたことがない方が対象です。\n"
    "2. 接種期間\n"
    "令和7年10月1日から令和8年3月31日までです。期間を過ぎると公費での接種はできません。\n"
    + PAGE_OF_PROSE +
    "https://www.city.higashiyama.example.lg.jp/kenko/yobou/r7.html\t1/2\n"
    + FF +
    "令和7年度 予防接種のお知らせ - 東山市\t2025/07/01 10:02\n"
    "3. 費用\n"
    "自己負担額は2,000円です。生活保護を受けている方は無料です。\n"
    "このページに関するお問い合わせ\n"
    "健康推進課 予防接種担当\n"
    "〒000-0000 東山市中央1-1\n"
    "ページの先頭へ戻る\n"
    "東山市役所　〒000-0000 東山市中央1-1　電話：000-000-0000\n"
    "Copyright (C) Higashiyama City All Rights Reserved.\n"
    "https://www.city.higashiyama.example.lg.jp/kenko/yobou/r7.html\t2/2\n"
)


def test_the_browsers_header_names_the_title_over_the_sites_banner():
    talk, ledger = only_talk(HIGASHIYAMA)
    assert text_of(talk.title.ja) == "令和7年度 予防接種のお知らせ"
    reasons = {t.strip(): r for r, t in furniture_of(ledger)}
    assert reasons["本文へ　　ふりがなをつける　　よみあげる　　ズーム"] == "navigation"
    # a record line of label + number + label keeps its spaces (helper web55: they had been closed up)
    assert [t.text for t in talk.front] == ["ページ番号 1003456 更新日 2025年6月20日"]
    assert [s.title.text for s in talk.sections] == ["対象者", "接種期間", "費用"]


def test_a_back_to_top_link_parts_the_lines_around_it():
    talk, _ = only_talk(HIGASHIYAMA)
    paragraphs = paragraph_texts(talk)
    # (the space after a postal code is the writer's and stays: session 62, spacing._POSTCODE)
    assert paragraphs[-4:] == ["このページに関するお問い合わせ", "健康推進課 予防接種担当", "〒000-0000 東山市中央1-1",
                               "東山市役所\u3000〒000-0000 東山市中央1-1\u3000電話：000-000-0000"]


def test_a_printed_pdf_of_the_page():
    # the same page as a browser's PDF: its margins (date and title atop, address and count at the foot, 8 pt) set
    # aside by extract from their places, the site's furniture by this rule; the title, sections and contact stay
    from pdfmaker import EN, JA, drawn_pdf

    from segment_inputs import run_pdf

    pages = []
    for n, page in enumerate(HIGASHIYAMA.split(FF), 1):
        runs, y = [], 780.0
        for line in (s for s in page.split("\n") if s.strip()):
            if line.endswith("10:02"):
                title, stamp = line.split("\t")
                runs += [(EN, 8, 20, 825, stamp), (JA, 8, 230, 825, title)]
            elif line.startswith("https://"):
                address, count = line.split("\t")
                runs += [(EN, 8, 20, 15, address), (EN, 8, 550, 15, count)]
            else:
                runs.append((EN if line.isascii() else JA, 10.5, 60, y, line))
                y -= 18
        pages.append(runs)
    doc = run_pdf(drawn_pdf(pages))
    [talk] = doc.talks
    assert text_of(talk.title.ja) == "令和7年度 予防接種のお知らせ"
    assert [s.title.text for s in talk.sections] == ["対象者", "接種期間", "費用"]
    kept = paragraph_texts(talk) + [t.text for t in talk.front]
    assert "このページに関するお問い合わせ" in kept
    assert not [t for t in kept if "https://" in t or "先頭へ" in t or "＞" in t or "Copyright" in t or "よみあげる" in t]
