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
def talk():
    return structure(made_up_doc(), stem="made_up")["made_up/sapporo"]


def every_unit(talk):
    return list(export.units(talk))


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


def test_every_unit_round_trips_through_its_tokens(talk):
    units = every_unit(talk)
    assert {u["kind"] for u in units} == {"title", "front", "section-title", "paragraph", "slide-title", "slide-line"}
    for unit in units:
        text, tokens = unit["text"], unit["tokens"]
        pos = 0
        for t in tokens:
            assert text[t["start"]:t["end"]] == t["surface"]
            between = text[pos:t["start"]]
            assert between.strip() == "" and (unit["lang"] == "en" or between == "")
            pos = t["end"]
        assert text[pos:].strip() == ""
        for s in unit["sentences"]:
            assert 0 <= s["start"] < s["end"] <= len(text)


def test_gaps_are_tokens_and_their_neighbours_carry_no_reading(talk):
    para = talk["paper"]["sections"][1]["paragraphs"][1]
    gap = [t for t in para["tokens"] if t.get("gap")]
    assert [t["surface"] for t in gap] == [GAP]
    assert all(t["norm"] != "穢多" for t in para["tokens"])
    near = [t for t in para["tokens"] if t.get("near_gap")]
    assert len(near) == 2 and all(t["reading"] is None and t["pos"] is None for t in near)
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
    # every removed or changed raw text, in ledger order, only inside the talk's lines
    assert talk["dropped"] == [
        {"source": {"file": "raw/made_up.txt", "line": 12, "col": 0}, "text": "Ki k h h", "reason": "ghost-line",
         "rule": "drop_ghost_lines", "action": "dropped"},
        {"source": {"file": "raw/made_up.txt", "line": 5, "col": 0}, "text": "１", "reason": "width",
         "rule": "normalise_width", "action": "changed", "replacement": "1"},
    ]
    assert talk["paper"]["sections"][1]["paragraphs"][0]["source"] == {"line": 8, "col": 0}


def test_a_repair_without_raw_position_is_kept_with_null_source():
    rt = made_up_talk()
    lost = Repair(line=0, col=0, original=GAP, status="restored", restored="．", confidence=0.99,
                  candidates=(Candidate("．", 0.99),), evidence=())
    rt = RestoredTalk(talk=rt.talk, repairs=rt.repairs + (lost,))
    doc = structure(made_up_doc(rt), stem="x")["x/sapporo"]
    assert doc["repairs"][-1]["source"] is None and doc["repairs"][-1]["restored"] == "．"


def test_ids_are_unique_slugs_per_file():
    doc = made_up_doc(made_up_talk("Sapporo City"), made_up_talk("sapporo-city", first=40))
    assert list(structure(doc, stem="vol_3")) == ["vol_3/sapporo-city", "vol_3/sapporo-city-2"]
    assert slug("../x/y") == "x-y"


def test_split_mode_is_recorded_and_used():
    a = structure(made_up_doc(), stem="s", mode="A")["s/sapporo"]
    c = structure(made_up_doc(), stem="s")["s/sapporo"]
    assert a["paper"]["split_mode"] == "A" and c["paper"]["split_mode"] == "C"
    count = lambda d: sum(len(p["tokens"]) for s in d["paper"]["sections"] for p in s["paragraphs"])  # noqa: E731
    assert count(a) > count(c)


def test_output_is_deterministic():
    one = export.talk_json_text(structure(made_up_doc(), stem="d")["d/sapporo"])
    two = export.talk_json_text(structure(made_up_doc(), stem="d")["d/sapporo"])
    assert one == two
    assert json.loads(one) == structure(made_up_doc(), stem="d")["d/sapporo"]


def compact(talk) -> str:
    """The talk JSON without token lists (they have their own dump), for golden files."""

    def strip(value):
        if isinstance(value, dict):
            return {k: strip(v) for k, v in value.items() if k not in ("tokens", "title_tokens", "line_tokens", "subtitle_tokens")}
        if isinstance(value, list):
            return [strip(v) for v in value]
        return value

    return json.dumps(strip(talk), ensure_ascii=False, indent=1) + "\n"


def token_dump(text: str, tokens) -> str:
    """One line per token: offsets, surface, lemma, norm, reading, pos, flags."""
    rows = [f"# {text}"]
    for t in tokens:
        flags = ",".join(k for k in ("gap", "near_gap") if t.get(k))
        rows.append("\t".join(str(x) for x in (t["start"], t["end"], t["surface"], t.get("lemma"), t.get("norm"),
                                                t.get("reading"), t.get("pos"), flags)))
    return "\n".join(rows) + "\n"


def test_golden_made_up_talk(talk):
    golden.compare(compact(talk), "structure/cases/made_up_talk.json")
    dump = "".join(token_dump(u["text"], u["tokens"]) for u in every_unit(talk) if u["kind"] in ("paragraph", "slide-line"))
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
    assert len(records) == len(list(export.units(talk)))
    # each token on one line keeps the talk file readable
    assert '{"surface": "札幌", ' in (out / "sapporo.json").read_text(encoding="utf-8")


def test_tokens_resting_on_a_restored_glyph_are_flagged():
    rt = made_up_talk()
    # the paper's line 8 reads 1959年にポートランド市と…; pretend its 年 (col 4) was a gap restored from evidence
    filled = Repair(line=8, col=4, original=GAP, status="restored", restored="年", confidence=0.98,
                    candidates=(Candidate("年", 0.98),), evidence=(Evidence("repetition", "1972年 at line 9"),))
    ambiguous_elsewhere = Repair(line=23, col=0, original=GAP, status="ambiguous", restored=None, confidence=0.5,
                                 candidates=(), evidence=())
    rt = RestoredTalk(talk=rt.talk, repairs=rt.repairs + (filled, ambiguous_elsewhere))
    doc = structure(made_up_doc(rt), stem="r")["r/sapporo"]
    assert schema_errors(doc) == []
    tokens = doc["paper"]["sections"][1]["paragraphs"][0]["tokens"]
    assert [t["surface"] for t in tokens if t.get("restored")] == ["年"]
    # an ambiguous gap flags nothing as restored (slide line 23 is "○Portland, …")
    assert not any(t.get("restored") for line in doc["slides"][1]["line_tokens"] for t in line)
