"""Running heads a text dump keeps (issue 16, session 51), on made-up documents, Japanese and English, with and
without form feeds:

* a thesis whose pages open on its fixed head (the thesis's kind) and, under it, the chapter they stand in: the
  chapter's copies are page furniture, never glued into the chapter's sentences nor a second heading;
* a volume's papers, each printing its own title atop its later pages, in a dump without pages (the pages' folios
  alone mark them)."""

from __future__ import annotations

import pytest

from segment_inputs import furniture, paragraphs, run_text as run

JA = {"head": "山田大学修士学位論文", "title": "港町の観光と交流に関する研究", "author": "山田 花子",
      "chapters": [("1 はじめに", ["1.1 研究の背景", "1.2 研究の目的"]), ("2 調査の方法", ["2.1 対象地域", "2.2 聞き取り調査"]),
                   ("3 結果と考察", ["3.1 来訪者の変化", "3.2 交流の効果"])],
      "say": "{}について述べる。港町では古くから海外との交流が続いており、その歴史は現在のまちづくりにも生かされているが、"
             "本節ではその様子を調査の記録からまとめ、課題を整理する"}
EN = {"head": "Harbour University Master's Thesis", "title": "Tourism and Exchange in Port Towns",
      "author": "Hana Yamada",
      "chapters": [("1 Introduction", ["1.1 Background", "1.2 Aims"]), ("2 Methods", ["2.1 Study Area", "2.2 Interviews"]),
                   ("3 Results and Discussion", ["3.1 Changes in Visitors", "3.2 Effects of Exchange"])],
      "say": "This part describes {} in some detail. Port towns have kept up their exchange with cities abroad for a long "
             "time, and the records of that exchange are used here to sum up what the town has done and what remains"}


def _thesis(kind: dict, feed: str) -> tuple[str, list[str]]:
    """The thesis's text and its headings in order: a title page, then two pages a chapter, each page opening on the fixed head and the
    chapter's head, the chapter's first page then its heading; each page closed by its folio."""
    lines = [kind["title"], "", kind["author"], "", "- i -", ""]  # the title page, its folio roman
    headings, folio = [], 0
    end = "。" if kind is JA else "."
    for chapter, subsections in kind["chapters"]:
        for p, sub in enumerate(subsections):
            lines += [f"{feed}{kind['head']}", "", chapter, ""]
            if p == 0:
                lines += [chapter, ""]
                headings.append(chapter)
            lines += [sub, "", kind["say"].format(sub.split(" ", 1)[1]) + end, "",
                      kind["say"].format(chapter.split(" ", 1)[1]) + end, ""]
            headings.append(sub)
            folio += 1
            lines += [f"- {folio} -", ""]
    return "\n".join(lines) + "\n", headings


@pytest.mark.parametrize("feed", ["", "\f"], ids=["no pages", "form feeds"])
@pytest.mark.parametrize("kind", [JA, EN], ids=["ja", "en"])
def test_a_chapters_head_under_the_theses_fixed_head_is_furniture(kind, feed):
    text, headings = _thesis(kind, feed)
    doc = run(text)
    assert len(doc.talks) == 1
    talk = doc.talks[0]
    assert [f"{s.number} {s.title.text}" for s in talk.sections] == headings
    heads = [t for t, reason in furniture(doc) if reason == "running-header"]
    # the chapter's copy atop each of its pages (its first page's too, over the heading) and the fixed head
    assert sorted(heads) == sorted([kind["head"]] * 6 + [c for c, _ in kind["chapters"] for _ in range(2)])
    assert not any(c in p for p in paragraphs(talk) for c, _ in kind["chapters"])


PAGES = {"ja": [["1 はじめに", "港町の交流は長い歴史を持ち、市民の相互訪問が続いている。"],
                ["2 交流の歩み", "姉妹都市との交流は、学校の訪問から始まった。"],
                ["3 今後の課題", "若い世代の参加を増やすことが課題である。"]],
         "en": [["1 Introduction", "Exchange between the port towns goes back a long way, and citizens visit each other."],
                ["2 Steps of Exchange", "The exchange with the sister city began with school visits."],
                ["3 Next Steps", "The task ahead is to bring in more young people."]]}
VOLUME = {"ja": [("松江市", "城下町の文化交流", "松江市文化振興課長 石田 恵"), ("高松市", "港と島をむすぶ国際交流", "高松市国際課長 森田 健一")],
          "en": [("Matsue City", "Cultural Exchange in a Castle Town", "Megumi Ishida, Culture Division, Matsue City"),
                 ("Takamatsu City", "Linking Port and Islands Abroad", "Kenichi Morita, International Division, Takamatsu City")]}


@pytest.mark.parametrize("feed", ["", "\f"], ids=["no pages", "form feeds"])
@pytest.mark.parametrize("lang", ["ja", "en"])
def test_each_papers_title_atop_its_later_pages_is_its_running_head(lang, feed):
    # two papers of three pages, each printing its own title atop its second and third page: two copies of six pages
    def paper(city: str, title: str, speaker: str, first: int) -> list[str]:
        out = [city, title, speaker, ""]
        for n, page in enumerate(PAGES[lang]):
            out += ([f"{feed}{title}"] if n else []) + page + ["", f"- {first + n} -"]
        return out

    volume = VOLUME[lang]
    doc = run("\n".join(paper(*volume[0], 1)) + f"\n{feed}" + "\n".join(paper(*volume[1], 4)) + "\n")
    assert [t.speaker.text.text for t in doc.talks] == [speaker for _, _, speaker in volume]
    assert [text for text, reason in furniture(doc) if reason == "running-header"] == \
        [volume[0][1]] * 2 + [volume[1][1]] * 2
    assert all([s.number for s in t.sections] == ["1", "2", "3"] for t in doc.talks)
