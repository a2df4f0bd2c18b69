"""Structure stage on hand-made restored records (no upstream stage involved)."""

from __future__ import annotations

import json

import golden
import pytest

from pipeline.structure import export
from pipeline.model import (
    GAP, Bilingual, Candidate, Evidence, LedgerRow, Repair, Restored, RestoredTalk, Section, Slide, SourceFile,
    Speaker, Talk, Text,
)
from pipeline.structure import slug, structure
from pipeline.structure.document import TalkDocument, talk_from_json, text_with_origin
from pipeline.structure.schema import schema_errors

SOURCE = SourceFile(file="raw/made_up.txt", sha256="ab" * 32, kind="txt")


def raw(text: str, line: int, col: int = 0) -> Text:
    return Text.from_raw(text, line=line, col=col)


def made_up_talk(talk_id: str = "sapporo", first: int = 1) -> RestoredTalk:
    """A small talk that stands in no real document: a paper with two sections and a gap, three slides."""
    L = first
    talk = Talk(
        id=talk_id,
        first_line=L,
        last_line=L + 30,
        city=Bilingual(ja=raw("札幌市", L), en=raw("Sapporo", L + 20)),
        title=Bilingual(ja=raw("雪と都市の国際交流", L + 1), en=raw("International Exchange of a Snow City", L + 21)),
        subtitle=Bilingual(ja=None, en=None),
        speaker=Speaker(text=raw("札幌市国際部長 山田 \ufffd\ufffd", L + 2), affiliation=raw("札幌市国際部長", L + 2),
                        name=raw("山田 \ufffd\ufffd", L + 2, 8)),
        front=(raw("本稿は交流の歩みをまとめる。", L + 3),),
        sections=(
            Section(number="1", level=1, title=raw("はじめに", L + 4, 2), heading=raw("１．はじめに", L + 4),
                    paragraphs=(raw("札幌市は北海道の中心都市である。人口は約190万人。", L + 5),)),
            Section(number="2", level=1, title=raw("姉妹都市との交流", L + 6, 2), heading=raw("２．姉妹都市との交流", L + 6),
                    paragraphs=(raw("1959年にポートランド市と姉妹都市提携を結んだ。", L + 7),
                                raw("ミュンヘン市とは1972年から交流が続く。国境を\ufffdえた協力である。", L + 8))),
            Section(number="2.1", level=2, title=raw("環境首都（Environmental Capital）", L + 9, 4),
                    heading=raw("2.1 環境首都（Environmental Capital）", L + 9),
                    paragraphs=(raw("2008年に環境首都（Environmental Capital）を宣言した。", L + 10),)),
        ),
        slides=(
            Slide(number=None, title=raw("International Exchange of a Snow City", L + 21), lines=()),
            Slide(number=1, title=raw("Sister Cities", L + 22),
                  lines=(raw("○Portland, USA (since 1959)", L + 23), raw("○Munich, Germany  (1972)", L + 24))),
            Slide(number=2, title=raw("Environmental Capital", L + 25),
                  lines=(raw("Declared in 2008. Waste cut by half!", L + 26), raw("S\ufffd\ufffdbol of the city", L + 27))),
            Slide(number=3, title=raw("Thank you", L + 28), lines=()),
        ),
    )
    repairs = (
        Repair(line=L + 2, col=11, original="\ufffd\ufffd", status="unresolved", restored=None, confidence=0.0,
               candidates=(), evidence=(Evidence("abstention", "a person's name after a title"),)),
        Repair(line=L + 8, col=21, original="\ufffd", status="ambiguous", restored=None, confidence=0.6,
               candidates=(Candidate("越", 0.6), Candidate("超", 0.4)), evidence=(Evidence("lexicon", "国境を越える"),)),
        Repair(line=L + 27, col=1, original="\ufffd\ufffd", status="unresolved", restored=None, confidence=0.0,
               candidates=(), evidence=()),
    )
    return RestoredTalk(talk=talk, repairs=repairs)


def made_up_doc(*talks: RestoredTalk) -> Restored:
    ledger = (
        LedgerRow(rule="drop_ghost_lines", action="dropped", line=12, col=0, text="Ki k h h", reason="ghost-line"),
        LedgerRow(rule="normalise_width", action="changed", line=5, col=0, text="１", reason="width", replacement="1"),
        LedgerRow(rule="drop_ghost_lines", action="dropped", line=200, col=0, text="far away", reason="ghost-line"),
    )
    return Restored(source=SOURCE, talks=talks or (made_up_talk(),), ledger=ledger)


@pytest.fixture(scope="module")
def document() -> TalkDocument:
    return structure(made_up_doc(), stem="made_up")["made_up/sapporo"]


@pytest.fixture(scope="module")
def talk(document):
    """The talk in its JSON form."""
    return document.to_json()


def every_unit(document):
    return list(export.units(document))


def test_the_talk_validates_and_keeps_every_design_field(talk):
    assert schema_errors(talk) == []
    for key in ("schema_version", "id", "source", "city", "title", "subtitle", "speaker", "paper", "slides", "repairs", "dropped"):
        assert key in talk
    assert talk["id"] == "made_up/sapporo"
    assert talk["source"] == {"file": "raw/made_up.txt", "sha256": "ab" * 32, "first_line": 1, "last_line": 31}
    assert talk["city"] == {"ja": "札幌市", "en": "Sapporo"}
    assert talk["speaker"]["name"] == "山田 \ufffd\ufffd"
    assert [s["number"] for s in talk["paper"]["sections"]] == ["1", "2", "2.1"]
    assert [s["level"] for s in talk["paper"]["sections"]] == [1, 1, 2]
    assert talk["paper"]["sections"][0]["heading"] == "１．はじめに"


def test_slide_lines_stay_plain_strings_with_parallel_tokens(talk):
    slide = talk["slides"][1]
    assert slide["lines"] == ["○Portland, USA (since 1959)", "○Munich, Germany  (1972)"]
    assert len(slide["line_tokens"]) == len(slide["lines"]) == len(slide["line_sentences"])
    assert [t["surface"] for t in slide["line_tokens"][0]][:3] == ["○", "Portland", ","]
    assert talk["slides"][0]["number"] is None and talk["slides"][0]["lines"] == []


def test_every_unit_round_trips_through_its_tokens(document):
    units = every_unit(document)
    assert {u.kind for u in units} == {"title", "front", "section-title", "paragraph", "slide-title", "slide-line"}
    for unit in units:
        text, tokens = unit.text, unit.tokens
        pos = 0
        for t in tokens:
            assert text[t.start:t.end] == t.surface
            between = text[pos:t.start]
            assert between.strip() == "" and (unit.lang == "en" or between == "")
            pos = t.end
        assert text[pos:].strip() == ""
        for s in unit.sentences:
            assert 0 <= s.start < s.end <= len(text)


def test_gaps_are_tokens_and_their_neighbours_carry_no_reading(talk):
    para = talk["paper"]["sections"][1]["paragraphs"][1]
    gap = [t for t in para["tokens"] if t.get("gap")]
    assert [t["surface"] for t in gap] == [GAP]
    assert all(t["norm"] != "穢多" for t in para["tokens"])
    near = [t for t in para["tokens"] if t.get("near_gap")]
    assert len(near) == 2 and all(t["reading"] is None and t["tag"] is None and t["pos"] is None for t in near)
    line = talk["slides"][2]["line_tokens"][1]
    assert [(t["surface"], bool(t.get("gap")), bool(t.get("near_gap"))) for t in line[:3]] == [
        ("S", False, True), ("\ufffd\ufffd", True, False), ("bol", False, True)]


def test_japanese_sentences_follow_the_rule(talk):
    para = talk["paper"]["sections"][0]["paragraphs"][0]
    assert [para["text"][s["start"]:s["end"]] for s in para["sentences"]] == ["札幌市は北海道の中心都市である。", "人口は約190万人。"]
    line = talk["slides"][2]["lines"][0]
    sents = talk["slides"][2]["line_sentences"][0]
    assert [line[s["start"]:s["end"]] for s in sents] == ["Declared in 2008.", "Waste cut by half!"]


def test_repairs_and_dropped_point_at_raw_positions(talk):
    assert [r["source"] for r in talk["repairs"]][:2] == [
        {"file": "raw/made_up.txt", "line": 3, "col": 11}, {"file": "raw/made_up.txt", "line": 9, "col": 21}]
    assert talk["repairs"][1]["status"] == "ambiguous"
    assert talk["repairs"][1]["candidates"] == [{"text": "越", "score": 0.6}, {"text": "超", "score": 0.4}]
    # every removed or changed raw text, in ledger order; line 200 lies after the talk's last line (31),
    # and the file's only talk is the nearest one
    assert talk["dropped"] == [
        {"source": {"file": "raw/made_up.txt", "line": 12, "col": 0}, "text": "Ki k h h", "reason": "ghost-line",
         "rule": "drop_ghost_lines", "action": "dropped"},
        {"source": {"file": "raw/made_up.txt", "line": 5, "col": 0}, "text": "１", "reason": "width",
         "rule": "normalise_width", "action": "changed", "replacement": "1"},
        {"source": {"file": "raw/made_up.txt", "line": 200, "col": 0}, "text": "far away", "reason": "ghost-line",
         "rule": "drop_ghost_lines", "action": "dropped"},
    ]
    assert talk["paper"]["sections"][1]["paragraphs"][0]["source"] == {"line": 8, "col": 0}


def test_every_ledger_row_stands_in_the_dropped_of_exactly_one_talk():
    """Rows outside every talk's range go to the nearest talk: above the first → the first (trial fault 1)."""
    first, second = made_up_talk("sapporo", first=3), made_up_talk("otaru", first=41)  # lines 3–33, 41–71
    rows = {line: LedgerRow(rule="set_aside_page_furniture", action="dropped", line=line, col=0, text="Proceedings",
                            reason="running-header") for line in (1, 20, 35, 37, 38, 50, 90)}
    doc = Restored(source=SOURCE, talks=(first, second), ledger=tuple(rows.values()))
    talks = structure(doc, stem="two")
    held = {tid: [d.source.line for d in t.dropped] for tid, t in talks.items()}
    assert held == {"two/sapporo": [1, 20, 35, 37], "two/otaru": [38, 50, 90]}  # 37: a tie, the earlier talk


def test_a_repair_without_raw_position_is_kept_with_null_source():
    rt = made_up_talk()
    lost = Repair(line=0, col=0, original=GAP, status="restored", restored="．", confidence=0.99,
                  candidates=(Candidate("．", 0.99),), evidence=())
    rt = RestoredTalk(talk=rt.talk, repairs=rt.repairs + (lost,))
    doc = structure(made_up_doc(rt), stem="x")["x/sapporo"].to_json()
    assert doc["repairs"][-1]["source"] is None and doc["repairs"][-1]["restored"] == "．"


def test_ids_are_unique_slugs_per_file():
    doc = made_up_doc(made_up_talk("Sapporo City"), made_up_talk("sapporo-city", first=40))
    assert list(structure(doc, stem="vol_3")) == ["vol_3/sapporo-city", "vol_3/sapporo-city-2"]
    assert slug("../x/y") == "x-y"


def test_split_mode_is_recorded_and_used():
    a = structure(made_up_doc(), stem="s", mode="A")["s/sapporo"].to_json()
    c = structure(made_up_doc(), stem="s")["s/sapporo"].to_json()
    assert a["paper"]["split_mode"] == "A" and c["paper"]["split_mode"] == "C"
    count = lambda d: sum(len(p["tokens"]) for s in d["paper"]["sections"] for p in s["paragraphs"])  # noqa: E731
    assert count(a) > count(c)


def test_output_is_deterministic():
    one = export.talk_json_text(structure(made_up_doc(), stem="d")["d/sapporo"])
    two = export.talk_json_text(structure(made_up_doc(), stem="d")["d/sapporo"])
    assert one == two
    assert json.loads(one) == structure(made_up_doc(), stem="d")["d/sapporo"].to_json()


def compact(talk) -> str:
    """The talk JSON without token lists (they have their own dump), for golden files."""

    def strip(value):
        if isinstance(value, dict):
            return {k: strip(v) for k, v in value.items() if k not in ("tokens", "title_tokens", "line_tokens", "subtitle_tokens")}
        if isinstance(value, list):
            return [strip(v) for v in value]
        return value

    return export.json_text(strip(talk))


def token_dump(text: str, tokens) -> str:
    """One line per token: offsets, surface, lemma, norm, reading, tag, inflection, pos, flags."""
    rows = [f"# {text}"]
    for t in tokens:
        flags = ",".join(k for k in ("gap", "near_gap") if getattr(t, k))
        rows.append("\t".join(str(x) for x in (t.start, t.end, t.surface, getattr(t, "lemma", None), t.norm,
                                                getattr(t, "reading", None), getattr(t, "tag", None),
                                                getattr(t, "inflection", None), getattr(t, "pos", None), flags)))
    return "\n".join(rows) + "\n"


def test_golden_made_up_talk(talk, document):
    golden.compare(compact(talk), "structure/cases/made_up_talk.json")
    dump = "".join(token_dump(u.text, u.tokens) for u in every_unit(document) if u.kind in ("paragraph", "slide-line"))
    golden.compare(dump, "structure/cases/made_up_talk.tokens.tsv")


def test_cli_structure_writes_talks_docbins_jsonl_and_index(tmp_path):
    from pipeline import cli

    src = tmp_path / "made_up.json"
    src.write_text(json.dumps(made_up_doc().to_json(), ensure_ascii=False), encoding="utf-8")
    out = tmp_path / "talks" / "made_up"
    assert cli.main(["structure", str(src), "-o", str(out), "--split-mode", "A"]) == 0
    assert sorted(p.name for p in out.iterdir()) == ["corpus.jsonl", "index.json", "sapporo.json", "sapporo.spacy"]
    talk = json.loads((out / "sapporo.json").read_text(encoding="utf-8"))
    assert talk["paper"]["split_mode"] == "A" and schema_errors(talk) == []
    index = json.loads((out / "index.json").read_text(encoding="utf-8"))
    assert index["talks"] == [{"id": "made_up/sapporo", "file": "sapporo.json"}]
    records = [json.loads(line) for line in (out / "corpus.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(records) == len(list(export.units(talk_from_json(talk))))
    # each token on one line keeps the talk file readable
    assert '{"surface": "札幌", ' in (out / "sapporo.json").read_text(encoding="utf-8")


def test_cli_structure_into_the_stage_folder_writes_the_files_folder(tmp_path):
    """``-o OUT/talks/`` (the stage's folder, not the file's) writes ``OUT/talks/<name>/`` as ``run`` does, and the ids
    keep the file's name (fresh-user trial 64b: they had come out as ``talks/…``)."""
    from pipeline import cli

    src = tmp_path / "made_up.json"
    src.write_text(json.dumps(made_up_doc().to_json(), ensure_ascii=False), encoding="utf-8")
    assert cli.main(["structure", str(src), "-o", str(tmp_path / "talks")]) == 0
    index = json.loads((tmp_path / "talks" / "made_up" / "index.json").read_text(encoding="utf-8"))
    assert index["talks"] == [{"id": "made_up/sapporo", "file": "sapporo.json"}]


def test_tokens_resting_on_a_restored_glyph_are_flagged():
    rt = made_up_talk()
    # the paper's line 8 reads 1959年にポートランド市と…; pretend its 年 (col 4) was a gap restored from evidence
    filled = Repair(line=8, col=4, original=GAP, status="restored", restored="年", confidence=0.98,
                    candidates=(Candidate("年", 0.98),), evidence=(Evidence("repetition", "1972年 at line 9"),))
    ambiguous_elsewhere = Repair(line=23, col=0, original=GAP, status="ambiguous", restored=None, confidence=0.5,
                                 candidates=(), evidence=())
    rt = RestoredTalk(talk=rt.talk, repairs=rt.repairs + (filled, ambiguous_elsewhere))
    doc = structure(made_up_doc(rt), stem="r")["r/sapporo"].to_json()
    assert schema_errors(doc) == []
    tokens = doc["paper"]["sections"][1]["paragraphs"][0]["tokens"]
    assert [t["surface"] for t in tokens if t.get("restored")] == ["年"]
    # an ambiguous gap flags nothing as restored (slide line 23 is "○Portland, …")
    assert not any(t.get("restored") for line in doc["slides"][1]["line_tokens"] for t in line)


# --------------------------------------------------------------------------
# The typed record, its provenance, and the DocBin as spaCy's Japanese makes it
# --------------------------------------------------------------------------


def test_the_talk_json_reads_back_into_the_same_record(document, talk):
    assert talk_from_json(json.loads(export.talk_json_text(document))) == document
    old = dict(talk, schema_version=3)
    with pytest.raises(ValueError, match="schema_version is 3, not 7: rebuild it with the structure stage"):
        talk_from_json(old)
    broken = json.loads(json.dumps(talk))
    del broken["paper"]["sections"][0]["paragraphs"][0]["map"]
    with pytest.raises(ValueError, match="map"):
        talk_from_json(broken)


def test_every_string_carries_its_raw_origin(document):
    """The made-up talk's strings were cut from raw lines at known places: the origins say where."""
    section = document.paper.sections[2]  # 2.1 環境首都（Environmental Capital） on line 10, the title from col 4
    assert text_with_origin(section.title, section.title_map).origin[0] == (10, 4)
    assert text_with_origin(section.heading, section.heading_map).origin[0] == (10, 0)
    assert section.paragraphs[0].map == ((11, 0, len(section.paragraphs[0].text)),)
    assert document.speaker_map.name == ((3, 8, 5),)
    assert document.city_map.en == ((21, 0, 7),) and document.subtitle_map.ja is None
    slide = document.slides[2]
    assert slide.line_maps == (((27, 0, 36),), ((28, 0, 18),)) and slide.title_map == ((26, 0, 21),)
    texts = list(document.texts())
    assert len(texts) == 2 + 2 + 3 + 1 + 3 * 2 + 4 + 8  # city, title, speaker, front, headings and titles, paragraphs, slides
    assert all(len(t.origin) == len(t.text) for t in texts)


def test_restored_glyphs_keep_their_gap_position_in_the_origin():
    rt = made_up_talk()
    para = rt.talk.sections[1].paragraphs[1]  # ミュンヘン市とは…国境を\ufffdえた協力である。 on line 9
    col = para.text.index(GAP)
    filled = para.replace_span(col, col + 1, "越")
    sections = list(rt.talk.sections)
    sections[1] = Section(number="2", level=1, title=sections[1].title, heading=sections[1].heading,
                          paragraphs=(sections[1].paragraphs[0], filled))
    talk = Talk(**{**rt.talk.__dict__, "sections": tuple(sections)})
    fill = Repair(line=9, col=col, original=GAP, status="restored", restored="越", confidence=0.97,
                  candidates=(Candidate("越", 0.97),), evidence=())
    doc = structure(made_up_doc(RestoredTalk(talk=talk, repairs=(fill,))), stem="f")["f/sapporo"]
    p = doc.paper.sections[1].paragraphs[1]
    assert p.text[col] == "越" and text_with_origin(p.text, p.map).origin[col] == (9, col)
    assert [t.surface for t in p.tokens if t.restored] == ["越え"]


@pytest.fixture(scope="module")
def spacy_ja():
    import spacy

    return spacy.blank("ja", config={"nlp": {"tokenizer": {"split_mode": "C"}}})


def test_docbin_units_are_what_spacy_japanese_makes_of_them(document, spacy_ja):
    """A gap-free Japanese unit in the DocBin equals spaCy's own Japanese tokenizer on its text:
    words, trailing spaces, tag_, pos_, lemma_, norm_ and morph (Reading, Inflection)."""
    import spacy
    from spacy.tokens import DocBin

    vocab = spacy.blank("en").vocab
    docs = list(DocBin().from_bytes(export.docbin_bytes(document)).get_docs(vocab))
    units = list(export.units(document))
    assert len(docs) == len(units)

    def view(doc):
        return [(w.text, w.whitespace_, w.tag_, w.pos_, w.lemma_, w.norm_, str(w.morph)) for w in doc]

    compared = 0
    for doc, unit in zip(docs, units):
        assert doc.text == unit.text
        if unit.lang == "ja" and GAP not in unit.text:
            assert view(doc) == view(spacy_ja(unit.text)), unit.text
            compared += 1
    assert compared >= 8
    # spaCy's white-space rule: one space after a word is its trailing space, 　 a token of its own (X)
    doc = export.unit_doc(vocab, "t", export.Unit("paragraph", "ja", {}, "北九州 市の　港", tokenize_ja_text("北九州 市の　港"), (), None))
    assert view(doc) == view(spacy_ja("北九州 市の　港"))
    assert [(w.text, w.whitespace_, w.pos_) for w in doc][:2] == [("北九州", " ", "PROPN"), ("市", "", "NOUN")]


def tokenize_ja_text(text):
    from pipeline.structure import tokenize_ja

    return tokenize_ja.tokenize(text)


def test_docbin_flags_gaps_and_withholds_their_neighbours(document):
    import spacy
    from spacy.tokens import DocBin

    export.register_extensions()
    docs = list(DocBin().from_bytes(export.docbin_bytes(document)).get_docs(spacy.blank("en").vocab))
    para = next(d for d in docs if d.user_data.get("kind") == "paragraph" and GAP in d.text)
    gap = [w for w in para if w._.gap]
    assert [w.text for w in gap] == [GAP] and all(w.pos_ == "X" and w.tag_ == "" for w in gap)
    near = [w for w in para if w._.near_gap]
    assert len(near) == 2 and all(w.lemma_ == "" and str(w.morph) == "" for w in near)
    assert {k: v for k, v in para.user_data.items() if isinstance(k, str)} == {
        "talk": "made_up/sapporo", "kind": "paragraph", "lang": "ja", "section": "2", "section_index": 1, "paragraph": 1}


def test_a_talks_number_is_written_and_validates_and_is_absent_without_one():
    # issue 16 point 4: the number a talk-number prefix prints (``第2講演``) is the talk JSON's optional ``number``
    import dataclasses

    rt = made_up_talk()
    numbered = RestoredTalk(talk=dataclasses.replace(rt.talk, number="2"), repairs=rt.repairs)
    with_number = structure(made_up_doc(numbered), stem="n")["n/sapporo"].to_json()
    assert with_number["number"] == "2" and schema_errors(with_number) == []
    without = structure(made_up_doc(), stem="n")["n/sapporo"].to_json()
    assert "number" not in without and schema_errors(without) == []
    assert talk_from_json(json.loads(json.dumps(with_number))).number == "2"


def test_corpus_records_of_titles_and_slide_lines_name_their_raw_place():
    """Trial 53b: a title's and a slide line's corpus records had ``source: null`` though the talk JSON's maps hold
    their raw lines; each now names its first raw character's place, as a paragraph's does."""
    doc = structure(made_up_doc(), stem="r")["r/sapporo"]
    records = list(export.corpus_records(doc))
    titles = [r for r in records if r["kind"] == "title"]
    lines = [r for r in records if r["kind"] == "slide-line"]
    assert titles and lines
    for r in titles + lines:
        assert r["source"] is not None and r["source"]["line"] >= 1
    first = titles[0]
    runs = [run for run in getattr(doc.title_map, first["lang"]) if run[0] > 0]
    assert (first["source"]["line"], first["source"]["col"]) == runs[0][:2]
