"""An English paragraph or section title is read in English: spaCy's blank English tokens, its language in the JSON.

Issue 16: an English paper's paragraphs carried Sudachi's Japanese tokens (a documented limit of schema version 3).
Since version 4 every paragraph has ``lang`` and every section ``title_lang`` (:func:`pipeline.chardata.lang_of`),
and the tokens are the ones that language's tokenizer gives: for English the same as the slides' English lines
(:mod:`pipeline.structure.tokenize_en`). The papers here are made up.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import spacy

from pipeline import files
from pipeline.driver import run_one
from pipeline.model import GAP, Bilingual, Repair, Restored, RestoredTalk, Section, SourceFile, Speaker, Talk, Text
from pipeline.structure import export, structure
from pipeline.structure.document import EnToken, JaToken, talk_from_json
from pipeline.structure.link import talk_view
from pipeline.structure.schema import schema_errors

EN_PAPER = (
    "Port Cities and Their Sister Cities\n\nHanako Yamada\nUniversity of Tsukuba\n\nAbstract\n"
    "We study how port cities keep their sister-city ties over decades of change. Councils don't always agree.\n\n"
    "1. Introduction\nPort cities were the first to sign sister-city agreements after the war. "
    "Kobe and Seattle signed in 1957.\n\n"
    "2. Method\nWe read the minutes of twelve city councils between 1960 and 2010 (about 3,400 pages).\n\n"
    "References\n[1] A. Author. A book about ports. 2001.\n")

JA_PAPER_WITH_ENGLISH_ABSTRACT = (
    "港町の国際交流に関する研究\n\n山田 太郎\n\n要旨\n"
    "本稿は港町の姉妹都市交流の歩みをまとめる。市議会の議事録を読み、交流の続き方を調べた。\n\n"
    "Abstract\nThis paper reviews how port towns keep their sister-city exchanges. "
    "We read council minutes from 1960 to 2010.\n\n"
    "1. はじめに\n港町は戦後いち早く姉妹都市提携を結んだ。2008年に環境首都（Environmental Capital）を宣言した。\n\n"
    "2. 方法\n十二の市議会の議事録を1960年から2010年まで読んだ。\n")

ENGLISH_KEYS = {"surface", "norm", "start", "end"}


def spacy_english(text: str) -> list[tuple[str, int, str]]:
    """What ``spacy.blank("en")`` makes of a text: each token's text, offset and norm."""
    return [(t.text, t.idx, t.norm_) for t in spacy.blank("en")(text)]


def run(tmp_path: Path, name: str, text: str, out: str = "out") -> tuple[dict, list[dict], Path]:
    """The one talk JSON, the corpus records and the DocBin of a raw text run through every stage."""
    raw = tmp_path / name
    raw.write_text(text, encoding="utf-8")
    run_one(raw, tmp_path / out)
    folder = files.talks_dir(tmp_path / out, files.safe_stem(raw))
    [talk_file] = [p for p in folder.glob("*.json") if p.name != "index.json"]
    records = [json.loads(line) for line in (folder / "corpus.jsonl").read_text(encoding="utf-8").splitlines()]
    return json.loads(talk_file.read_text(encoding="utf-8")), records, talk_file.with_suffix(".spacy")


def paragraphs(talk: dict) -> list[dict]:
    paper = talk["paper"]
    return [*paper["front"], *(p for s in paper["sections"] for p in s["paragraphs"]), *paper["footnotes"]]


def assert_spacy_english(text: str, tokens: list[dict]) -> None:
    assert all(set(t) == ENGLISH_KEYS for t in tokens), "an English token has the English shape, no Sudachi field"
    assert [(t["surface"], t["start"], t["norm"]) for t in tokens] == spacy_english(text)
    assert all(text[t["start"]:t["end"]] == t["surface"] for t in tokens)


def test_an_english_papers_paragraphs_and_titles_carry_spacys_english_tokens(tmp_path):
    talk, records, _ = run(tmp_path, "en_paper.txt", EN_PAPER)
    assert talk["schema_version"] == 7 and talk["paper"]["lang"] == "en" and schema_errors(talk) == []
    paras = paragraphs(talk)
    assert len(paras) == 4
    for p in paras:
        assert p["lang"] == "en"
        assert_spacy_english(p["text"], p["tokens"])
    # spaCy's conventions, not Sudachi's: "don't" is do + n't, a hyphen between words stands alone
    first = [t["surface"] for t in paras[0]["tokens"]]
    assert first[:12] == ["We", "study", "how", "port", "cities", "keep", "their", "sister", "-", "city", "ties", "over"]
    assert ["do", "n't"] == first[first.index("do"):first.index("do") + 2]
    # sentences are the sentencizer's, over the same tokens
    assert [paras[1]["text"][s["start"]:s["end"]] for s in paras[1]["sentences"]] == [
        "Port cities were the first to sign sister-city agreements after the war.", "Kobe and Seattle signed in 1957."]
    for s in talk["paper"]["sections"]:
        assert s["title_lang"] == "en"
        assert_spacy_english(s["title"], s["title_tokens"])
    # the corpus says the same, record by record
    for r in records:
        if r["kind"] in ("front", "section-title", "paragraph", "footnote"):
            assert r["lang"] == "en"
            assert [r["text"][a:b] for a, b in r["tokens"]] == [t for t, _, _ in spacy_english(r["text"])]


def test_a_japanese_papers_english_abstract_is_english_and_its_japanese_stays_sudachis(tmp_path):
    talk, records, docbin = run(tmp_path, "ja_paper.txt", JA_PAPER_WITH_ENGLISH_ABSTRACT)
    assert talk["paper"]["lang"] == "ja" and schema_errors(talk) == []
    sections = {s["title"]: s for s in talk["paper"]["sections"]}
    abstract = sections["Abstract"]
    assert abstract["title_lang"] == "en"
    assert_spacy_english("Abstract", abstract["title_tokens"])
    [english] = abstract["paragraphs"]
    assert english["lang"] == "en"
    assert_spacy_english(english["text"], english["tokens"])
    for title in ("要旨", "はじめに", "方法"):
        assert sections[title]["title_lang"] == "ja"
        for p in sections[title]["paragraphs"]:
            assert p["lang"] == "ja" and all("lemma" in t and "reading" in t for t in p["tokens"])
    # a Japanese sentence that names an English term is Japanese: Sudachi cuts it, spaCy would not
    [intro] = sections["はじめに"]["paragraphs"]
    assert {"環境", "首都", "Environmental", "Capital", "宣言"} <= {t["surface"] for t in intro["tokens"]}
    by_text = {r["text"]: r for r in records}
    assert by_text[english["text"]]["lang"] == "en" and by_text["Abstract"]["lang"] == "en"
    assert by_text[intro["text"]]["lang"] == "ja" and by_text["要旨"]["lang"] == "ja"
    # the DocBin: the abstract is a Doc of English words and sentences, the Japanese paragraphs spaCy Japanese's
    from spacy.tokens import DocBin

    docs = {d.text: d for d in DocBin().from_disk(docbin).get_docs(spacy.blank("en").vocab)}
    doc = docs[english["text"]]
    assert doc.user_data["lang"] == "en" and doc.user_data["kind"] == "paragraph"
    assert [t.text for t in doc] == [t.text for t in spacy.blank("en")(english["text"])]
    assert [s.text for s in doc.sents] == ["This paper reviews how port towns keep their sister-city exchanges.",
                                           "We read council minutes from 1960 to 2010."]
    assert not any(t.tag_ or t.pos_ for t in doc)
    japanese = docs[intro["text"]]
    assert japanese.user_data["lang"] == "ja" and japanese[0].tag_


def made_up_english_talk() -> RestoredTalk:
    """An English paper of one section whose paragraph has a lost pair and a glyph the restore stage filled."""
    def raw(text: str, line: int, col: int = 0) -> Text:
        return Text.from_raw(text, line=line, col=col)

    talk = Talk(
        id="harbour", first_line=1, last_line=6,
        city=Bilingual(ja=None, en=None),
        title=Bilingual(ja=None, en=raw("Harbour Towns", 1)),
        subtitle=Bilingual(ja=None, en=None),
        speaker=Speaker(text=raw("Anna Berg", 2), affiliation=None, name=raw("Anna Berg", 2)),
        sections=(Section(number="1", level=1, title=raw("Scope", 3, 3), heading=raw("1. Scope", 3),
                          paragraphs=(raw(f"The S{GAP}{GAP}bol of a harbour town. It is old.", 4),)),),
        slides=(), lang="en", shape="paper",
    )
    repairs = (
        Repair(line=4, col=5, original=GAP * 2, status="unresolved", restored=None, confidence=0.0, candidates=(),
               evidence=()),
        Repair(line=4, col=17, original=GAP, status="restored", restored="h", confidence=0.99, candidates=(),
               evidence=()),
    )
    return RestoredTalk(talk=talk, repairs=repairs)


@pytest.fixture(scope="module")
def english_document():
    doc = Restored(source=SourceFile(file="raw/harbour.txt", sha256="cd" * 32, kind="txt"),
                   talks=(made_up_english_talk(),), ledger=())
    [document] = structure(doc, stem="harbour").values()
    return document


def test_gaps_in_an_english_paragraph_are_one_token_and_withhold_their_neighbours(english_document):
    [p] = english_document.paper.sections[0].paragraphs
    assert p.lang == "en" and all(isinstance(t, EnToken) for t in p.tokens)
    shown = [(t.surface, t.norm, t.gap, t.near_gap, t.restored) for t in p.tokens]
    assert shown[:7] == [("The", "the", False, False, False), ("S", None, False, True, False),
                         (GAP * 2, None, True, False, False), ("bol", None, False, True, False),
                         ("of", "of", False, False, False), ("a", "a", False, False, False),
                         ("harbour", "harbour", False, False, True)]
    record = next(r for r in export.corpus_records(english_document) if r["kind"] == "paragraph")
    assert record["lang"] == "en" and record["gaps"] == [2]


def test_an_english_paragraph_reads_back_into_english_tokens(english_document):
    talk = english_document.to_json()
    assert schema_errors(talk) == []
    back = talk_from_json(json.loads(export.talk_json_text(english_document)))
    assert back == english_document
    assert isinstance(back.paper.sections[0].paragraphs[0].tokens[0], EnToken)
    assert isinstance(back.paper.sections[0].title_tokens[0], EnToken)


def test_the_restore_stages_view_for_slide_links_reads_paragraphs_in_their_language():
    view = talk_view(made_up_english_talk().talk)
    [section] = view["paper"]["sections"]
    assert all(set(t) <= ENGLISH_KEYS | {"gap", "near_gap"} for t in section["paragraphs"][0]["tokens"])
    assert [t["surface"] for t in section["title_tokens"]] == ["Scope"] and "lemma" not in section["title_tokens"][0]


def test_a_japanese_paragraph_keeps_sudachis_tokens(english_document):
    """Control: the made-up Japanese talk of test_structure is read as before (Japanese tokens, ``lang`` ja)."""
    import test_structure

    document = structure(test_structure.made_up_doc(), stem="m")["m/sapporo"]
    for s in document.paper.sections:
        assert s.title_lang == "ja" and all(isinstance(t, JaToken) for t in s.title_tokens)
        for p in s.paragraphs:
            assert p.lang == "ja" and all(isinstance(t, JaToken) for t in p.tokens)


def test_an_english_paper_gives_the_same_bytes_twice(tmp_path):
    outputs = []
    for out in ("a", "b"):
        run(tmp_path, "en_paper.txt", EN_PAPER, out=out)
        talks = tmp_path / out / "talks"
        outputs.append({p.relative_to(talks): p.read_bytes() for p in sorted(talks.rglob("*")) if p.is_file()})
    assert outputs[0] == outputs[1] and len(outputs[0]) == 4
