"""A slide's line, title and note are read in their own language (schema version 5, issue 16 point 2).

Japanese slide lines and speaker notes were tokenised by spaCy's blank English pipeline even in a Japanese deck
(``港湾の防災計画`` one English token). Since version 5 each slide says each line's language (``line_langs``), its
title's (``title_lang``) and each note's (``note_langs``), decided as a paragraph's (:func:`pipeline.chardata.lang_of`,
English where the letters do not decide), and the tokens are that language's; the corpus JSONL and the DocBin say
the same language. The decks here are made up.
"""

from __future__ import annotations

import spacy

from pipeline.structure.document import talk_from_json
from pipeline.structure.schema import fast_schema_errors, schema_errors
from tests.test_structure_english import ENGLISH_KEYS, run

JA_DECK = """港町の防災と市民の備え
山田 太郎（みなと市危機管理課）

1/3
\f津波に備える港町
・防潮堤の整備を進めている
・避難訓練を毎年実施 2024
発表者ノート：市民の参加者は年々増えていることを伝える。

2/3
\fHarbour Safety Network
• Twelve gauges along the quay
• 観測データを市民に公開
発表者ノート：観測所の写真を見せる。

3/3
"""


def _slides(talk: dict) -> list[dict]:
    return talk["slides"]


def test_a_japanese_decks_slide_lines_and_notes_carry_japanese_tokens(tmp_path):
    talk, records, docbin = run(tmp_path, "ja_deck.txt", JA_DECK)
    assert talk["schema_version"] == 7 and schema_errors(talk) == [] and fast_schema_errors(talk) == []
    lines = [(sl["lines"][i], sl["line_langs"][i], sl["line_tokens"][i]) for sl in _slides(talk) for i in range(len(sl["lines"]))]
    langs = {text: lang for text, lang, _ in lines}
    assert langs["・防潮堤の整備を進めている"] == "ja" and langs["• 観測データを市民に公開"] == "ja"
    assert langs["• Twelve gauges along the quay"] == "en"
    for text, lang, tokens in lines:
        if lang == "ja":  # Sudachi's words, with their dictionary form and reading
            assert all("lemma" in t and "reading" in t for t in tokens), text
        else:
            assert all(set(t) <= ENGLISH_KEYS | {"gap", "near_gap", "restored"} for t in tokens), text
        assert all(text[t["start"]:t["end"]] == t["surface"] for t in tokens)
    surfaces = {text: [t["surface"] for t in tokens] for text, _, tokens in lines}
    assert "防潮堤" in surfaces["・防潮堤の整備を進めている"] and "観測" in surfaces["• 観測データを市民に公開"]
    titles = {sl["title"]: sl["title_lang"] for sl in _slides(talk) if sl["title"] is not None}
    assert titles.get("津波に備える港町") == "ja" and titles.get("Harbour Safety Network") == "en"
    notes = [(n, lang, toks) for sl in _slides(talk) for n, lang, toks in
             zip(sl.get("notes", []), sl.get("note_langs", []), sl.get("note_tokens", []))]
    assert notes and all(lang == "ja" for _, lang, _ in notes)
    assert all("lemma" in t for _, _, toks in notes for t in toks)
    # the corpus and the DocBin say each unit's language
    slide_units = [r for r in records if r["kind"] in ("slide-line", "slide-note", "slide-title")]
    assert {r["text"]: r["lang"] for r in slide_units}["・防潮堤の整備を進めている"] == "ja"
    assert {r["text"]: r["lang"] for r in slide_units}["• Twelve gauges along the quay"] == "en"
    from spacy.tokens import DocBin
    docs = list(DocBin().from_bytes(docbin.read_bytes()).get_docs(spacy.blank("ja").vocab))
    by_text = {d.text: d.user_data.get("lang") for d in docs if d.user_data.get("kind") in ("slide-line", "slide-note")}
    assert by_text["・防潮堤の整備を進めている"] == "ja" and by_text["• Twelve gauges along the quay"] == "en"
    # the talk reads back into the typed record, Japanese tokens as Japanese
    doc = talk_from_json(talk)
    assert any(type(tokens[0]).__name__ == "JaToken" for sl in doc.slides for tokens in sl.line_tokens if tokens)
