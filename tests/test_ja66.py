"""Japanese documents of fresh-user trial 66b (issue 16, helper ja66). Variants and near misses:
/work/regress/in_ja66/.

- A newsletter's headline over a block of short items (``９月の行事予定`` / ``３日（火）　身体測定`` / …) is a heading where
  its other articles have headings by shape; a closing block (school, principal, telephone) is none. A dated issue
  line (``令和７年５月１日発行 …``) is the masthead's: the first headline may follow it.
- A municipal school (``みどり野市立…小学校``, ``港区立…保育園``) names the city where nothing else does; a prefecture's
  school (``千葉県立…``) names none.
- A year or an office line under a deck's cover title (``令和６年度　危機管理課``, ``2024年度 交通政策課``,
  ``こども家庭課``) never carries the title on; a title wrapped on a particle still does.
- A timetable's event name with its English right under it gives ``title.en``; a tagline does not.
- A plan's title with its version after it (``（概要）``, ``【概要版】``, `` 概要版``) names its issuing city.
- A Japanese notice's English half opens on the title's translation: ``title.en``, its Japanese text a section.
"""

from __future__ import annotations

import pytest

from tests.segment_inputs import run_pdf, run_text


def _only(data):
    (talk,) = data.talks
    return talk


def _city(talk) -> str | None:
    return talk.city.ja.text if talk.city.ja is not None else None


def _titles(talk) -> list[str]:
    return [s.title.text if s.title is not None else None for s in talk.sections]


def _text(t) -> str | None:
    return t.text if t is not None else None


DAYORI = """\
みどり野小学校だより　第５号
令和６年９月２日発行　みどり野市立みどり野小学校　校長　高橋　誠

２学期が始まりました
　長い夏休みが終わり、子どもたちの元気な声が学校に戻ってきました。夏休み中、大きな事故もなく
、全員が元気に登校できたことを大変うれしく思います。

運動会のお知らせ
　９月２８日（土）に運動会を行います。雨天の場合は３０日（月）に延期します。

９月の行事予定
　３日（火）　身体測定
　１０日（火）　避難訓練
　１８日（水）　授業参観・学級懇談会

給食費の口座振替について
　９月分の給食費は、９月１０日に口座から引き落とされます。残高の確認をお願いします。
"""

CHUGAKU = """\
青葉中学校　学年だより　第３号
令和７年５月１日発行　青葉町立青葉中学校　第２学年

中間テストについて
　５月２０日（火）から中間テストを行います。計画的に学習を進めましょう。

５月の主な予定
　７日（水）　生徒総会
　１４日（水）　心臓検診
　２７日（火）　校外学習

部活動の再開
　テスト終了後、２３日（金）から部活動を再開します。
"""

HOIKUEN = """\
えんだより　１０月号
港区立港南保育園

運動あそびの会
　１０月１２日（土）に運動あそびの会を行います。動きやすい服装でお越しください。

今月の持ち物
　着替え一式
　タオル
　水筒

おたよりの配布について
　今月からおたよりはアプリでもお届けします。ご確認ください。
"""


def test_newsletter_headline_over_its_schedule():
    talk = _only(run_text(DAYORI))
    assert _titles(talk) == ["2学期が始まりました", "運動会のお知らせ", "9月の行事予定", "給食費の口座振替について"]
    assert [p.text for p in talk.sections[1].paragraphs] == ["9月28日（土）に運動会を行います。雨天の場合は30日（月）に延期します。"]
    assert len(talk.sections[2].paragraphs) == 3


@pytest.mark.parametrize("text, titles", [
    (CHUGAKU, ["中間テストについて", "5月の主な予定", "部活動の再開"]),
    (HOIKUEN, ["運動あそびの会", "今月の持ち物", "おたよりの配布について"]),
])
def test_newsletter_headline_over_its_items_variants(text, titles):
    assert _titles(_only(run_text(text))) == titles


def test_closing_block_is_no_article():
    text = ("ひまわり小学校だより　第２号\n令和６年６月３日発行\n\nプール開きについて\n"
            "　６月１７日（月）にプール開きを行います。水着の準備をお願いします。\n\n学校からのお願い\n"
            "　登下校の際は、交通ルールを守るよう、ご家庭でもお声かけをお願いします。\n\n"
            "みどり野小学校\n校長　佐藤　一郎\n電話　０１２３－４５－６７８９\n")
    assert "みどり野小学校" not in _titles(_only(run_text(text)))


@pytest.mark.parametrize("text, city", [(DAYORI, "みどり野市"), (CHUGAKU, "青葉町"), (HOIKUEN, "港区")])
def test_municipal_school_names_the_city(text, city):
    assert _city(_only(run_text(text))) == city


def test_prefectural_school_names_no_city():
    text = ("進路だより　第１号\n令和６年４月８日発行　千葉県立船橋高等学校　進路指導部\n\n進路説明会のお知らせ\n"
            "　４月２０日（土）に３年生対象の進路説明会を行います。保護者の皆様もご参加ください。\n")
    assert _city(_only(run_text(text))) is None


DECK = """\
{title}
{second}
- 1 -
本日の内容
・地域の災害リスク
・今後の取り組み
- 2 -
地域の災害リスク
・土砂災害警戒区域：１４５か所
- 3 -
"""


@pytest.mark.parametrize("title, second", [
    ("防災まちづくりの取り組み", "令和６年度　危機管理課"),
    ("市民協働のすすめ", "令和７年度　市民活動推進課"),
    ("地域公共交通のあり方", "2024年度 交通政策課"),
    ("子育て支援のあゆみ", "こども家庭課"),
])
def test_year_or_office_under_cover_title_is_no_wrap(title, second):
    talk = _only(run_text(DECK.format(title=title, second=second)))
    assert talk.title.ja.text == title
    assert talk.slides[0].title.text == title


def test_title_wrapped_on_a_particle_still_joins():
    talk = _only(run_text(DECK.format(title="城下町の水路を活かした", second="観光まちづくり")))
    assert talk.title.ja.text == "城下町の水路を活かした観光まちづくり"


PROGRAMME = """\
{ja}
{en}

13:00　開会挨拶　Opening Remarks
13:15　基調講演　Keynote
14:15　休憩　Break
16:00　閉会　Closing
"""


@pytest.mark.parametrize("ja, en", [
    ("国際交流シンポジウム２０２４　プログラム", "International Exchange Symposium 2024 Programme"),
    ("多文化共生フォーラム２０２５", "Multicultural Coexistence Forum 2025"),
    ("日韓青少年交流会　日程表", "Japan-Korea Youth Exchange Schedule"),
])
def test_timetable_title_with_its_english(ja, en):
    talk = _only(run_text(PROGRAMME.format(ja=ja, en=en)))
    assert _text(talk.title.en) == en
    assert en not in [t.text for t in talk.front]


def test_timetable_tagline_is_no_title():
    talk = _only(run_text(PROGRAMME.format(ja="国際交流フェスタ２０２４", en="Let's enjoy the world together!")))
    assert talk.title.en is None


@pytest.mark.parametrize("title, city", [
    ("さくら市観光振興計画（概要）", "さくら市"),
    ("港北市子ども・子育て支援事業計画【概要版】", "港北市"),
    ("青葉市地域防災計画　概要版", "青葉市"),
])
def test_plan_title_with_its_version_names_the_city(title, city):
    talk = _only(run_text(f"{title}\n\n1．計画の背景\n本市には、年間約120万人の観光客が訪れています。\n"))
    assert _city(talk) == city


def test_plan_summary_without_a_city_names_none():
    talk = _only(run_text("観光振興計画の概要\n令和６年４月\n\n1．計画の背景\n近年、訪日外国人観光客が増加しています。\n"))
    assert _city(talk) is None


def test_plan_pdf_title_names_the_city():
    from pdfmaker import JA, drawn_pdf

    runs = [(JA, 18, 72, 760, "さくら市観光振興計画（概要）"), (JA, 14, 72, 720, "1．計画の背景"),
            (JA, 10.5, 72, 700, "本市には、年間約120万人の観光客が訪れています。しかし、近年は宿泊客の減少が"),
            (JA, 10.5, 72, 684, "続いており、滞在型観光への転換が課題となっています。"),
            (JA, 14, 72, 650, "2．基本方針"), (JA, 10.5, 72, 630, "地域の魅力を生かした観光を進めます。")]
    assert _city(_only(run_pdf(drawn_pdf([runs])))) == "さくら市"


NOTICE = """\
{ja_title}
{office}
{ja_body}
{en_title}
{en_body}
"""


@pytest.mark.parametrize("ja_title, office, ja_body, en_title, en_body", [
    ("ごみの出し方が変わります", "青葉市環境部ごみ減量推進課",
     "令和７年４月から、プラスチック製容器包装は毎週水曜日に収集します。\n燃やすごみは、これまでどおり月曜日と木曜日に収集します。",
     "Changes to Waste Collection", "From April 2025, plastic packaging will be collected every Wednesday."),
    ("図書館の開館時間が変わります", "みどり市立中央図書館",
     "令和７年４月１日から、平日の開館時間を午後８時までに延長します。",
     "Library Opening Hours Are Changing", "From 1 April 2025, the library will stay open until 8 pm on weekdays."),
    ("住民税の納付期限について", "青葉市税務課", "第１期の納付期限は６月３０日です。\n口座振替の方は、残高をご確認ください。",
     "Resident Tax Payment Deadline", "The deadline for the first instalment is 30 June."),
])
def test_notice_english_half_title(ja_title, office, ja_body, en_title, en_body):
    talk = _only(run_text(NOTICE.format(ja_title=ja_title, office=office, ja_body=ja_body, en_title=en_title, en_body=en_body)))
    assert _text(talk.title.en) == en_title
    assert not talk.front
    assert en_title not in _titles(talk)
    body = [p.text for s in talk.sections for p in s.paragraphs]
    assert body[-1] == en_body


def test_mojibake_notice_english_half_title():
    raw = "ごみの出し方が変わります".encode("utf-8").decode("cp1252", errors="replace")
    text = NOTICE.format(ja_title=raw, office="青葉市環境部ごみ減量推進課",
                         ja_body="令和７年４月から、プラスチック製容器包装は毎週水曜日に収集します。",
                         en_title="Changes to Waste Collection",
                         en_body="From April 2025, plastic packaging will be collected every Wednesday.")
    talk = _only(run_text(text))
    assert _text(talk.title.en) == "Changes to Waste Collection" and not talk.front


def test_english_heading_over_japanese_text_stays_a_heading():
    text = ("観光案内所の運営について\n港北市観光課\n令和７年度から、駅前の観光案内所を民間に委託します。\n"
            "委託先は公募により決定します。\nSupport for Foreign Visitors\n案内所では、英語と中国語による案内を行います。\n")
    talk = _only(run_text(text))
    assert talk.title.en is None


def test_an_english_article_heading_after_a_headed_japanese_article_is_no_title() -> None:
    # review of ja66 (trial 64's newsletter): the Japanese half opens on its own heading (夏祭りのお知らせ), so the
    # English line after it (Summer Festival) heads the English article, not the newsletter's title in English
    from tests.segment_inputs import run_text

    text = ("さくら町だより　第42号\n\n夏祭りのお知らせ\n今年の夏祭りは8月3日（土）に中央公園で開催します。盆踊りや屋台をお楽しみください。\n\n"
            "Summer Festival\nThis year's summer festival will be held on Saturday, August 3, in Central Park.\n")
    (talk,) = run_text(text).talks
    assert talk.title.en is None, talk.title
    assert [s.title.text for s in talk.sections] == ["夏祭りのお知らせ", "Summer Festival"]
