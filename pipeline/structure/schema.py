"""The talk JSON Schema shipped in the package, and checking documents against it.

``pipeline/structure/talk.schema.json`` (Draft 2020-12) is the contract of
``output/talks/<stem>/<talk>.json``. :func:`schema_errors` is the plain,
complete check with jsonschema; :func:`fast_schema_errors` gives the same
verdict and messages in linear time for long papers, and is what the
structure stage runs on every talk before it is written.
"""

from __future__ import annotations

import copy
import json
from functools import lru_cache
from importlib import resources
from typing import Any

from pipeline.chardata import LATIN_LANGS


@lru_cache(maxsize=1)
def schema() -> dict[str, Any]:
    """The talk JSON Schema shipped in the package (``pipeline/structure/talk.schema.json``)."""
    return json.loads(resources.files("pipeline.structure").joinpath("talk.schema.json").read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def _validator():
    import jsonschema

    return jsonschema.Draft202012Validator(schema())


def schema_errors(talk: dict[str, Any]) -> list[str]:
    """Where and how a talk document breaks the schema; empty when it is valid.

    Full JSON Schema validation of every token takes jsonschema about a
    millisecond per token (minutes for a long paper), so the stage uses
    :func:`fast_schema_errors`; this is the plain, complete check.

    >>> schema_errors({"schema_version": 7})[:2]
    ["(root): 'city' is a required property", "(root): 'city_map' is a required property"]
    """
    return _render_errors(_found(_validator().iter_errors(talk)))


def _found(errors, prefix: tuple[str, ...] = ()) -> list[tuple[tuple[str, ...], str]]:
    return [(prefix + tuple(map(str, e.absolute_path)), e.message) for e in errors]


def _render_errors(found: list[tuple[tuple[str, ...], str]]) -> list[str]:
    return [f"{'/'.join(path) or '(root)'}: {message}" for path, message in sorted(found, key=lambda f: (list(f[0]), f[1]))]


@lru_cache(maxsize=1)
def _enum_keys() -> frozenset[str]:
    """Token fields whose schema is an ``enum`` (``pos``): their value itself is part of a signature."""
    defs = schema()["$defs"]
    return frozenset(k for name in ("jaToken", "enToken") for k, v in defs[name]["properties"].items() if "enum" in v)


def _token_signature(token: Any) -> Any:
    """Everything about a token that its schema constrains: keys, value types,
    ``true`` flags, empty strings, integers below 0 or 1, and the value of an
    enum field (the token schemas use only ``type``, ``const: true``,
    ``minLength: 1``, ``minimum: 0/1`` and ``enum``)."""
    if not isinstance(token, dict):
        return ("not-an-object", type(token).__name__)
    enums = _enum_keys()
    return tuple(sorted(
        (k, type(v).__name__, v is True, v == "", isinstance(v, int) and v < 0, isinstance(v, int) and v < 1,
         repr(v) if k in enums else None)
        for k, v in token.items()
    ))


OWN_LANG = {"tokens": "lang", "title_tokens": "title_lang"}
"""Token lists whose object says their language: a paragraph's ``tokens`` (``lang``), a section's or a slide's
``title_tokens`` (``title_lang``)."""
LINE_LANGS = {"line_tokens": "line_langs", "note_tokens": "note_langs"}
"""A slide's lists of token lists, each list's language in the parallel list (schema version 5); the schema checks each
token against either shape (``slideToken``): a JSON Schema cannot tie ``line_tokens[i]`` to ``line_langs[i]``."""


def _token_lists(value: Any, lang: str | None, path: tuple[str, ...]):
    """``(lang, path, list)`` for every token list in a talk, where ``lang`` picks the token schema: a paragraph's
    ``tokens`` by its ``lang``, a section's ``title_tokens`` by its ``title_lang``, as the schema's
    ``if``/``then``/``else`` does (``en``, ``ko`` or ``zh``: the English shape, else ``ja``); a slide's title by its ``title_lang`` (``ja``, else ``en``),
    its lines' and notes' tokens by either shape (``slide``)."""
    if isinstance(value, dict):
        for k, v in value.items():
            # (a Korean title's tokens, ``title_tokens.ko``, have the English token's shape, as a Korean paragraph's)
            # (and a German, French … title's, ``title_tokens.de``: session 79)
            sub_lang = {"ja": "ja", "en": "en", "ko": "en", **dict.fromkeys(LATIN_LANGS, "en"), "paper": "ja",
                        "slides": "en"}.get(k, lang)
            if OWN_LANG.get(k) in value:
                # Korean, Chinese, German, French … (helper lang78): spaCy's token shape; a value outside the enum the
                # Japanese one, as the schema's ``else`` reads it
                sub_lang = "en" if value[OWN_LANG[k]] in ("en", "ko", "zh", *LATIN_LANGS) else "ja"
            if k == "title_tokens" and lang == "en":  # a slide's title: Japanese where its title_lang says so
                sub_lang = "ja" if value.get("title_lang") == "ja" else "en"
            if k in LINE_LANGS and isinstance(v, list):
                for i, line in enumerate(v):
                    if isinstance(line, list):
                        yield "slide", path + (k, str(i)), line
                continue
            if k in ("tokens", "title_tokens") and isinstance(v, list) and sub_lang:
                yield sub_lang, path + (k,), v
                continue
            yield from _token_lists(v, sub_lang, path + (k,))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            yield from _token_lists(v, lang, path + (str(i),))


def fast_schema_errors(talk: dict[str, Any]) -> list[str]:
    """The same verdict and messages as :func:`schema_errors`, in a fraction of the time.

    The document is validated with every token list emptied, and each
    distinct token *signature* (:func:`_token_signature`) once against its
    token schema: two tokens with one signature are valid or invalid
    together, with the same messages. A test holds this to the full check.

    >>> fast_schema_errors({"schema_version": 7})[:1]
    ["(root): 'city' is a required property"]
    """
    skeleton = copy.deepcopy(talk)
    checked: dict[tuple[str, Any], list[tuple[tuple[str, ...], str]]] = {}
    found: list[tuple[tuple[str, ...], str]] = []
    for lang, path, tokens in list(_token_lists(skeleton, None, ())):
        for i, token in enumerate(tokens):
            key = (lang, _token_signature(token))
            if key not in checked:
                checked[key] = _found(jsonschema_token_validator(lang).iter_errors(token))
            found.extend((path + (str(i),) + rel, message) for rel, message in checked[key])
        tokens.clear()
    return _render_errors(found + _found(_validator().iter_errors(skeleton)))


@lru_cache(maxsize=2)
def jsonschema_token_validator(lang: str):
    """A validator for one token of ``lang`` (the schema's ``jaToken``/``enToken``)."""
    import jsonschema

    definition = {"ja": "jaToken", "slide": "slideToken"}.get(lang, "enToken")
    root = schema()
    return jsonschema.Draft202012Validator({"$schema": root["$schema"], "$defs": root["$defs"], "$ref": f"#/$defs/{definition}"})


class TalkSchemaError(ValueError):
    """A produced talk does not match the shipped schema: a bug in this stage, never in the input."""
