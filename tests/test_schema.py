"""The shipped talk schema, and the real pipeline on the sample: every talk valid, every format loads back."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import golden
import jsonschema
import pytest

from pipeline.model import SCHEMA_VERSION
from pipeline.structure import export, spacy_ja
from pipeline.structure.document import talk_from_json
from pipeline.structure.schema import fast_schema_errors, schema, schema_errors

SAMPLE = Path(__file__).resolve().parent.parent / "raw" / "000_339d16c72fef9a96.txt"


# --------------------------------------------------------------------------
# The schema itself
# --------------------------------------------------------------------------


def test_schema_is_valid_draft_2020_12_and_ships_in_the_package():
    jsonschema.Draft202012Validator.check_schema(schema())
    assert schema()["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema()["properties"]["schema_version"] == {"const": SCHEMA_VERSION}
    # the schema's identifier names the version it describes (bumped with it since version 2)
    assert schema()["$id"] == f"urn:pipeline:schema:talk:{SCHEMA_VERSION}"


@pytest.fixture(scope="module")
def valid_talk():
    import test_structure

    from pipeline.structure import structure

    return structure(test_structure.made_up_doc(), stem="m")["m/sapporo"].to_json()


@pytest.mark.parametrize("what, change", [
    ("status outside the enum", lambda t: t["repairs"][0].update(status="guessed")),
    ("restored without text", lambda t: t["repairs"][0].update(status="restored", restored=None)),
    ("confidence over 1", lambda t: t["repairs"][0].update(confidence=1.5)),
    ("token without reading field", lambda t: t["paper"]["sections"][0]["paragraphs"][0]["tokens"][0].pop("reading")),
    ("gap flag false", lambda t: t["paper"]["sections"][0]["paragraphs"][0]["tokens"][0].update(gap=False)),
    ("slide line not a string", lambda t: t["slides"][1]["lines"].__setitem__(0, {"text": "x"})),
    ("unknown field", lambda t: t.update(extra=1)),
    ("missing dropped", lambda t: t.pop("dropped")),
    ("schema version 1", lambda t: t.update(schema_version=1)),
    ("schema version 2", lambda t: t.update(schema_version=2)),
    ("schema version 3", lambda t: t.update(schema_version=3)),
    ("schema version 4", lambda t: t.update(schema_version=4)),
    ("schema version 5", lambda t: t.update(schema_version=5)),
    ("schema version 6", lambda t: t.update(schema_version=6)),
    ("schema version 8", lambda t: t.update(schema_version=8)),
    ("closing line not a paragraph", lambda t: t["paper"].update(closing=["x"])),
    ("slide without its lines' languages", lambda t: t["slides"][1].pop("line_langs")),
    ("slide line language outside the enum", lambda t: t["slides"][1]["line_langs"].__setitem__(0, "sv")),
    ("English slide title with Japanese tokens", lambda t: t["slides"][1]["title_tokens"].append(
        {"surface": "x", "lemma": "x", "norm": "x", "reading": "x", "tag": "名詞", "inflection": None, "pos": "NOUN",
         "start": 0, "end": 1})),
    ("paragraph without its language", lambda t: t["paper"]["sections"][0]["paragraphs"][0].pop("lang")),
    ("paragraph language outside the enum", lambda t: t["paper"]["sections"][0]["paragraphs"][0].update(lang="sv")),
    ("English paragraph with Japanese tokens", lambda t: t["paper"]["sections"][0]["paragraphs"][0].update(lang="en")),
    ("Japanese paragraph with an English token",
     lambda t: t["paper"]["sections"][0]["paragraphs"][0]["tokens"].append({"surface": "x", "norm": "x", "start": 0, "end": 1})),
    ("section without its title's language", lambda t: t["paper"]["sections"][0].pop("title_lang")),
    ("English section title with Japanese tokens", lambda t: t["paper"]["sections"][0].update(title_lang="en")),
    ("token without tag field", lambda t: t["paper"]["sections"][0]["paragraphs"][0]["tokens"][0].pop("tag")),
    ("pos not a Universal POS", lambda t: t["paper"]["sections"][0]["paragraphs"][0]["tokens"][0].update(pos="名詞")),
    ("paragraph without origin", lambda t: t["paper"]["sections"][0]["paragraphs"][0].pop("map")),
    ("origin run of two numbers", lambda t: t["paper"]["sections"][0]["paragraphs"][0]["map"].append([3, 1])),
    ("slide lines without origins", lambda t: t["slides"][1].pop("line_maps")),
    ("dropped row without action", lambda t: t["dropped"][1].pop("action")),
    ("bad sha256", lambda t: t["source"].update(sha256="xyz")),
    ("section number with letters", lambda t: t["paper"]["sections"][0].update(number="IV")),
    ("link without evidence", lambda t: t["slides"][1].update(section={"number": "2", "index": 1, "score": 0.7, "evidence": []})),
    ("id without stem", lambda t: t.update(id="sapporo")),
])
def test_schema_rejects(valid_talk, what, change):
    assert schema_errors(valid_talk) == [] == fast_schema_errors(valid_talk)
    talk = copy.deepcopy(valid_talk)
    change(talk)
    errors = schema_errors(talk)
    assert errors, what
    assert fast_schema_errors(talk) == errors  # the stage's shortcut gives the same verdict, same messages


@pytest.mark.parametrize("change", [
    lambda t: t["paper"]["sections"][1]["paragraphs"][0]["tokens"][3].update(start=-1),
    lambda t: t["paper"]["sections"][1]["paragraphs"][0]["tokens"][3].update(surface=""),
    lambda t: t["paper"]["sections"][1]["paragraphs"][0]["tokens"][3].update(near_gap=1),
    lambda t: t["slides"][1]["line_tokens"][0][1].update(lemma="x"),
    lambda t: t["slides"][1]["line_tokens"][0].append("not a token"),
    lambda t: t["title_tokens"]["ja"][0].pop("pos"),
    lambda t: t["paper"]["sections"][1]["paragraphs"][0]["tokens"][2].update(pos="VERB-ish"),
    lambda t: t["paper"]["sections"][1]["paragraphs"][0]["tokens"][2].update(inflection=3),
])
def test_fast_check_finds_broken_tokens_deep_inside(valid_talk, change):
    talk = copy.deepcopy(valid_talk)
    change(talk)
    assert fast_schema_errors(talk) == schema_errors(talk) != []


# --------------------------------------------------------------------------
# The real pipeline on the sample
# --------------------------------------------------------------------------


@pytest.fixture(scope="module")
def sample_out(sample_run):
    """The sample's talk folder, from the session's one pipeline run (tests/conftest.py)."""
    return sample_run.talks_dir


def talk_files(folder):
    """The talk JSON files of a folder; failing, not passing, when there are none."""
    found = sorted(p for p in folder.glob("*.json") if p.name != "index.json")
    assert found, f"no talk JSON in {folder}"
    return found


def rebuilt(text, tokens):
    """The text put back together from token surfaces and the (whitespace-only) text between tokens."""
    pieces, pos = [], 0
    for t in tokens:
        assert text[pos:t.start].strip() == ""
        pieces.append(text[pos:t.start] + t.surface)
        pos = t.end
    assert text[pos:].strip() == ""
    return "".join(pieces) + text[pos:]


def read_talk(path):
    return talk_from_json(json.loads(path.read_text(encoding="utf-8")))


def test_sample_units_round_trip(sample_out):
    units = 0
    for path in talk_files(sample_out):
        for unit in export.units(read_talk(path)):
            units += 1
            text, tokens = unit.text, unit.tokens
            assert rebuilt(text, tokens) == text
            if unit.lang == "ja":
                assert "".join(t.surface for t in tokens) == text  # Sudachi keeps whitespace as tokens
            for t in tokens:
                assert text[t.start:t.end] == t.surface
                if "\ufffd" in t.surface:
                    assert t.gap and set(t.surface) == {"\ufffd"}
    assert units > 100


def test_docbin_loads_back_with_the_same_tokens(sample_out):
    import spacy
    from spacy.tokens import DocBin

    export.register_extensions()
    vocab = spacy.blank("en").vocab
    for path in talk_files(sample_out):
        talk = read_talk(path)
        docs = list(DocBin().from_disk(path.with_suffix(".spacy")).get_docs(vocab))
        units = list(export.units(talk))
        assert len(docs) == len(units) > 0
        for doc, unit in zip(docs, units):
            assert doc.text == unit.text
            at = {t.start: t for t in unit.tokens}
            for word in doc:
                t = at.get(word.idx)
                if t is None or t.surface != word.text:
                    assert word.text.isspace()  # white space between English tokens, or a Japanese 空白 run
                    continue
                assert word._.gap == t.gap and word._.near_gap == t.near_gap
                if unit.lang == "ja" and t.lemma:
                    assert (word.lemma_, word.norm_, word.tag_, word.pos_) == (t.lemma, t.norm, t.tag, t.pos)
                    assert word.morph.to_dict() == spacy_ja.morph_features(t.reading, t.inflection)
            assert doc.user_data["talk"] == talk.id and doc.user_data["kind"] == unit.kind
            starts = {s.start for s in unit.sentences}
            for sent in list(doc.sents)[1:]:
                assert sent.start_char in starts


def test_corpus_jsonl_lines_parse_and_offsets_fit(sample_out):
    lines = (sample_out / "corpus.jsonl").read_text(encoding="utf-8").splitlines()
    talks = {json.loads(p.read_text(encoding="utf-8"))["id"] for p in talk_files(sample_out)}
    assert lines
    kinds = set()
    for line in lines:
        record = json.loads(line)
        assert record["talk"] in talks and record["lang"] in ("ja", "en")
        kinds.add(record["kind"])
        for start, end in record["tokens"] + record["sentences"]:
            assert 0 <= start < end <= len(record["text"])
        for i in record["gaps"]:
            start, end = record["tokens"][i]
            assert set(record["text"][start:end]) == {"\ufffd"}
    assert {"paragraph", "slide-line"} <= kinds


def test_golden_sample(sample_out):
    """The sample's talks without tokens, and a token dump of the first paragraphs of each talk."""
    from test_structure import compact, token_dump

    for path in talk_files(sample_out):
        golden.compare(compact(json.loads(path.read_text(encoding="utf-8"))), f"structure/sample/{path.stem}.json")
        talk = read_talk(path)
        paragraphs = [p for s in talk.paper.sections for p in s.paragraphs][:3]
        dump = "".join(token_dump(p.text, p.tokens) for p in paragraphs)
        dump += "".join(token_dump(line, toks) for sl in talk.slides[:3] for line, toks in zip(sl.lines, sl.line_tokens))
        golden.compare(dump, f"structure/sample/{path.stem}.tokens.tsv")


def test_sample_stage_files_load_back_and_agree_with_the_talks(sample_run, sample_extracted):
    """The session run's stage files (tests/conftest.py) are the records the stages return, and name the same talks."""
    records = {stage: sample_run.record(stage) for stage in ("extract", "clean", "segment", "restore")}
    assert {r.source.file for r in records.values()} == {f"raw/{SAMPLE.name}"}
    assert records["extract"] == sample_extracted  # `pipeline extract`'s file holds what extract() returns
    index = json.loads((sample_run.talks_dir / "index.json").read_text(encoding="utf-8"))
    talk_ids = [t.id for t in records["segment"].talks]
    assert len(talk_ids) == 2
    assert [rt.talk.id for rt in records["restore"].talks] == talk_ids
    assert [t["id"] for t in index["talks"]] == [f"{sample_run.stem}/{i}" for i in talk_ids]
