"""A law's own structure (issue 16 point 2; the fresh user's trial of session 52, an ordinance whose articles had all
gone to ``front`` and whose paragraph ``２　前項の規定により…`` had become section 2): articles ``第N条`` are sections,
numbered as the document numbers them and titled by their captions, under their divisions ``第N章``; a paragraph's
number and an item's mark stay inside their article's text; ``附則`` is a section. Made-up documents of the kind
(a 規則 with chapters and a contents, a 要綱 without chapters in full-width digits, a 会則 with its captions run in
after the article's number, English bylaws), their correct results written down first; and two texts that are no
laws (numbered paragraphs in a report, a report quoting two articles) keep the structure they had.
"""

from __future__ import annotations

from segmenting import only_talk

MEASURE = 38
"""Characters a line of the made-up dumps holds: each paragraph is wrapped at this measure, as a word processor would."""


def wrapped(*paragraphs: str) -> str:
    """The paragraphs hard-wrapped at :data:`MEASURE` characters, one line each (a blank paragraph a blank line)."""
    out = []
    for p in paragraphs:
        out += [p[k:k + MEASURE] for k in range(0, len(p), MEASURE)] or [""]
    return "\n".join(out) + "\n"


def sections_of(talk):
    return [(s.number, s.level, s.title.text) for s in talk.sections]


def paragraphs_of(talk, k):
    return [p.text for p in talk.sections[k].paragraphs]


KISOKU = wrapped(
    "○○市公園管理規則", "", "令和5年3月31日", "規則第12号", "",
    "目次", "　第1章　総則（第1条・第2条）", "　第2章　公園の利用（第3条―第5条の2）", "　附則", "",
    "　　　第1章　総則",
    "　（趣旨）",
    "第1条　この規則は、○○市公園条例（令和5年○○市条例第3号。以下「条例」という。）の施行に関し必要な事項を定めるものとする。",
    "　（用語）",
    "第2条　この規則において使用する用語は、条例において使用する用語の例による。",
    "　　　第2章　公園の利用",
    "　（行為の許可の申請）",
    "第3条　条例第4条第1項の規定による許可を受けようとする者は、次に掲げる事項を記載した申請書を市長に提出しなければならない。",
    "一　氏名及び住所",
    "二　行為の目的及び期間",
    "三　その他市長が必要と認める事項",
    "２　前項の申請書には、行為の場所を示す図面その他市長が必要と認める書類を添付しなければならない。",
    "　（許可証）",
    "第4条　市長は、前条の許可をしたときは、許可証を交付するものとする。",
    "　（利用の制限）",
    "第5条　市長は、公園の損壊その他の理由により、その利用が危険であると認めるときは、公園の利用を禁止し、又は制限することができる。",
    "　（損傷の届出）",
    "第5条の2　公園の施設を損傷した者は、直ちにその旨を市長に届け出なければならない。",
    "",
    "　　　附　則",
    "　（施行期日）",
    "１　この規則は、令和5年4月1日から施行する。",
    "　（経過措置）",
    "２　この規則の施行の際現に改正前の規則の規定によりされている申請は、この規則の規定によりされた申請とみなす。",
)


def test_a_rule_with_chapters_gives_its_chapters_articles_and_supplementary_provisions():
    talk, _ = only_talk(KISOKU)
    assert talk.title.ja.text == "○○市公園管理規則"
    assert sections_of(talk) == [
        ("1", 1, "総則"), ("1", 2, "趣旨"), ("2", 2, "用語"),
        ("2", 1, "公園の利用"), ("3", 2, "行為の許可の申請"), ("4", 2, "許可証"), ("5", 2, "利用の制限"),
        ("5.2", 2, "損傷の届出"),
        (None, 1, "附則")]
    # the heading: the caption's line and the article's label, the ideographic space after it kept (text, as in
    # ``sections._run_in_section``: no paragraph opens on one)
    # no heading ends on white space since session 65 (helper head65: the article number's ideographic space is a
    # ledger row, rule trim_heading)
    assert [s.heading.text for s in talk.sections[:3]] == ["第1章　総則", "（趣旨） 第1条", "（用語） 第2条"]
    assert talk.sections[7].heading.text == "（損傷の届出） 第5条の2"
    # the article's text after its label, its items and its numbered paragraph: paragraphs of the article, wraps joined
    assert paragraphs_of(talk, 4) == [
        "条例第4条第1項の規定による許可を受けようとする者は、次に掲げる事項を記載した申請書を市長に提出しなければならない。",
        "一　氏名及び住所", "二　行為の目的及び期間", "三　その他市長が必要と認める事項",
        "2　前項の申請書には、行為の場所を示す図面その他市長が必要と認める書類を添付しなければならない。"]
    assert paragraphs_of(talk, 1) == [
        "この規則は、○○市公園条例（令和5年○○市条例第3号。以下「条例」という。）の施行に関し必要な事項を定めるものとする。"]
    # 附則's captions over its numbered paragraphs stay its lines
    assert paragraphs_of(talk, 8) == [
        "（施行期日）", "1　この規則は、令和5年4月1日から施行する。", "（経過措置）",
        "2　この規則の施行の際現に改正前の規則の規定によりされている申請は、この規則の規定によりされた申請とみなす。"]
    # the contents' entries head nothing
    assert not any("第1条・第2条" in (s.heading.text if s.heading else "") for s in talk.sections)


YOUKOU = wrapped(
    "○○町子育て支援金交付要綱", "",
    "　（趣旨）",
    "第１条　この要綱は、子育て世帯の経済的負担を軽減するため、予算の範囲内において交付する子育て支援金（以下「支援金」という。）に関し、必要な事項を定めるものとする。",
    "第２条　支援金の交付を受けることができる者は、次の各号のいずれにも該当する者とする。",
    "（１）　町内に住所を有すること。",
    "（２）　町税を滞納していないこと。",
    "　（交付額）",
    "第３条　支援金の額は、対象となる児童１人につき３万円とする。",
    "２　前項の規定にかかわらず、町長が特に必要と認めるときは、この限りでない。",
    "３　支援金は、１年度につき１回に限り交付する。",
    "　（申請）",
    "第４条　支援金の交付を受けようとする者は、申請書に次に掲げる書類を添えて町長に提出しなければならない。",
    "ア　住民票の写し",
    "イ　その他町長が必要と認める書類",
    "",
    "附　則",
    "この要綱は、令和６年４月１日から施行する。",
)


def test_an_outline_without_chapters_in_full_width_digits():
    talk, _ = only_talk(YOUKOU)
    assert talk.title.ja.text == "○○町子育て支援金交付要綱"
    assert sections_of(talk) == [("1", 1, "趣旨"), ("2", 1, ""), ("3", 1, "交付額"), ("4", 1, "申請"), (None, 1, "附則")]
    assert talk.front == () or all("条" not in t.text for t in talk.front)
    assert len(paragraphs_of(talk, 1)) == 3 and paragraphs_of(talk, 1)[1].endswith("町内に住所を有すること。")
    assert [p[:2] for p in paragraphs_of(talk, 2)] == ["支援", "2\u3000", "3\u3000"]
    assert paragraphs_of(talk, 3)[1:] == ["ア　住民票の写し", "イ　その他町長が必要と認める書類"]


KAISOKU = (
    "○○大学写真部会則\n\n"
    "第1条（名称）この会は、○○大学写真部（以下「本会」という。）と称する。\n"
    "第2条（目的）本会は、写真の技術の向上と会員相互の親睦を図ることを目的とする。\n"
    "第3条（会員）本会の会員は、○○大学の学生及び教職員とする。\n"
    "2　会員は、総会の定めるところにより会費を納めなければならない。\n"
    "第4条（役員）本会に次の役員を置く。\n"
    "（1）部長　1名\n"
    "（2）副部長　1名\n"
    "（3）会計　1名\n"
    "第5条（改正）この会則の改正は、総会において出席者の3分の2以上の賛成を得なければならない。\n\n"
    "付則\n"
    "この会則は、2024年4月1日から施行する。\n"
)


def test_club_rules_with_captions_after_the_article_number():
    talk, _ = only_talk(KAISOKU)
    assert sections_of(talk) == [("1", 1, "名称"), ("2", 1, "目的"), ("3", 1, "会員"), ("4", 1, "役員"), ("5", 1, "改正"),
                                 (None, 1, "付則")]
    assert talk.sections[0].heading.text == "第1条（名称）"
    assert paragraphs_of(talk, 0) == ["この会は、○○大学写真部（以下「本会」という。）と称する。"]
    assert paragraphs_of(talk, 2) == ["本会の会員は、○○大学の学生及び教職員とする。", "2　会員は、総会の定めるところにより会費を納めなければならない。"]
    assert paragraphs_of(talk, 3) == ["本会に次の役員を置く。", "（1）部長　1名", "（2）副部長　1名", "（3）会計　1名"]
    assert paragraphs_of(talk, 5) == ["この会則は、2024年4月1日から施行する。"]


BYLAWS = (
    "Bylaws of the Riverside Allotment Association\n\n"
    "Article I – Name\n"
    "The name of this organization shall be the Riverside Allotment Association.\n"
    "Article II – Purpose\n"
    "Section 1. The Association exists to manage the allotment site on behalf of its members.\n"
    "Section 2. The Association shall keep the site open to all residents of the parish.\n"
    "Article III – Membership\n"
    "Membership is open to any person who rents a plot on the site.\n"
)


def test_english_bylaws_give_their_articles():
    talk, _ = only_talk(BYLAWS)
    assert sections_of(talk) == [("1", 1, "Name"), ("2", 1, "Purpose"), ("3", 1, "Membership")]
    assert paragraphs_of(talk, 1) == [
        "Section 1. The Association exists to manage the allotment site on behalf of its members.",
        "Section 2. The Association shall keep the site open to all residents of the parish."]


def test_numbered_paragraphs_in_a_report_are_no_law():
    from pipeline.segment.articles import read_law

    text = ("市民活動の現状\n\n1．はじめに\n本報告は、市民活動団体への調査の結果をまとめたものである。\n2．調査の結果\n"
            "調査の結果、次のことが分かった。\n２　団体の数は前年より増えた。\n３　会員の高齢化が進んでいる。\n3．今後の課題\n"
            "第3条の規定により、団体は毎年報告書を提出する。\n")
    assert read_law(text.splitlines()) is None
    talk, _ = only_talk(text)
    assert [(s.number, s.title.text) for s in talk.sections] == [("1", "はじめに"), ("2", "調査の結果"), ("3", "今後の課題")]


def test_a_report_quoting_two_articles_keeps_its_own_headings():
    text = ("条例改正の概要\n\n1．改正の趣旨\n手数料の額を見直すため、条例の一部を改正する。\n2．改正の内容\n"
            "改正後の条文は次のとおりである。\n第3条　手数料の額は、別表のとおりとする。\n第4条　手数料は、申請の際に徴収する。\n"
            "3．施行日\n令和7年4月1日から施行する。\n")
    talk, _ = only_talk(text)
    assert [(s.number, s.title.text) for s in talk.sections] == [("1", "改正の趣旨"), ("2", "改正の内容"), ("3", "施行日")]
    assert paragraphs_of(talk, 1)[1:] == ["第3条　手数料の額は、別表のとおりとする。", "第4条　手数料は、申請の際に徴収する。"]


def test_article_numbers_as_printed():
    from pipeline.segment.articles import number_value, read_law

    assert [number_value(s) for s in ("3", "３", "十三", "百二十一", "XIV")] == [3, 3, 13, 121, 14]
    # an article out of step (a quotation of 第12条 between 2 and 3) is no article of the run
    law = read_law(["第1条　…とする。", "第2条　…とする。", "第12条　…とする。", "第3条　…とする。"])
    assert sorted(p.number for p in law.provisions.values()) == ["1", "2", "3"]
    # a sentence naming an article opens none
    assert read_law(["第1条の規定により…", "第2条に定める…"]) is None


HOURITSU = wrapped(
    "地域交流の推進に関する法律", "",
    "　　　第一章　総則",
    "（目的）",
    "第一条　この法律は、地域の間の交流を推進し、もって活力ある地域社会の実現に寄与することを目的とする。",
    "（定義）",
    "第二条　この法律において「交流事業」とは、地方公共団体が行う住民の相互の訪問その他の事業をいう。",
    "　　　第二章　基本方針",
    "　　　　第一節　通則",
    "第三条　国は、交流事業の推進に関する基本的な方針を定めるものとする。",
    "　　　　第二節　計画",
    "第四条　都道府県は、基本方針に基づき、交流事業の推進に関する計画を定めることができる。",
    "",
    "　　　附　則",
    "（施行期日）",
    "第一条　この法律は、公布の日から起算して六月を経過した日から施行する。",
    "（検討）",
    "第二条　政府は、この法律の施行後五年を目途として、この法律の施行の状況について検討を加えるものとする。",
)


def test_a_statute_with_chapters_and_sections_in_kanji_numerals():
    """An article stands one level under the division it is in: under a chapter without sections at level 2, under
    a section at level 3; ``附則``'s own articles count from 1 again, one level under it."""
    talk, _ = only_talk(HOURITSU)
    assert sections_of(talk) == [
        ("1", 1, "総則"), ("1", 2, "目的"), ("2", 2, "定義"),
        ("2", 1, "基本方針"), ("2.1", 2, "通則"), ("3", 3, ""), ("2.2", 2, "計画"), ("4", 3, ""),
        (None, 1, "附則"), ("1", 2, "施行期日"), ("2", 2, "検討")]
    assert paragraphs_of(talk, 7) == ["都道府県は、基本方針に基づき、交流事業の推進に関する計画を定めることができる。"]


def test_an_outline_set_in_a_pdf():
    """The same outline drawn as a PDF page (each dump line a line at 10.5 pt, a caption's indent set as white): the
    same sections, each article's wrapped lines joined."""
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).parent))
    from pdfmaker import JA, drawn_pdf
    from segment_inputs import run_pdf

    size, runs, y = 10.5, [], 780.0
    for line in YOUKOU.splitlines():
        text = line.lstrip("\u3000")
        if text:
            runs.append((JA, size, 72 + size * (len(line) - len(text)), y, text))
        y -= size * 1.7
    [talk] = run_pdf(drawn_pdf([runs])).talks
    assert sections_of(talk) == [("1", 1, "趣旨"), ("2", 1, ""), ("3", 1, "交付額"), ("4", 1, "申請"), (None, 1, "附則")]
    assert paragraphs_of(talk, 0) == ["この要綱は、子育て世帯の経済的負担を軽減するため、予算の範囲内において交付する子育て支援金"
                                      "（以下「支援金」という。）に関し、必要な事項を定めるものとする。"]
    assert [p[:2] for p in paragraphs_of(talk, 2)] == ["支援", "2\u3000", "3\u3000"]


KIYAKU = (
    "○○協議会規約\n\n（名称）\n第1条\nこの会は、○○協議会と称する。\n（事務所）\n第2条\nこの会の事務所は、○○市役所内に置く。\n"
    "第3条　削除\n（会議、議決等）\n第4条　会議は、会長が招集する。\n2　会議の議長は、会長がこれに当たる。\n\n"
    "附則（令和5年4月1日）\nこの規約は、令和5年4月1日から施行する。\n附則（令和6年4月1日）\nこの規約は、令和6年4月1日から施行する。\n"
)


def test_articles_whose_label_stands_alone_and_a_supplementary_provision_per_amendment():
    talk, _ = only_talk(KIYAKU)
    assert sections_of(talk) == [("1", 1, "名称"), ("2", 1, "事務所"), ("3", 1, ""), ("4", 1, "会議、議決等"),
                                 (None, 1, "附則"), (None, 1, "附則")]
    assert paragraphs_of(talk, 0) == ["この会は、○○協議会と称する。"]
    assert paragraphs_of(talk, 2) == ["削除"]
    assert [s.heading.text for s in talk.sections[4:]] == ["附則（令和5年4月1日）", "附則（令和6年4月1日）"]
