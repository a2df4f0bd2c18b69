"""The JSON form of every stage record, derived from the dataclasses by cattrs.

Nothing here is written per record: the converter reads each dataclass's
fields (and their ``metadata``, set by :func:`pipeline.model.at_source`,
:func:`~pipeline.model.rounded` and :func:`~pipeline.model.omitted_when_empty`)
and builds the codec once per class. The one hand-made piece is
:class:`~pipeline.model.Text`, whose per-character origin is written
run-length encoded (see :mod:`pipeline.model`). Keys follow field order.

>>> from pipeline.model import LedgerRow
>>> row = LedgerRow(rule="normalise_width", action="changed", line=3, col=1, text="１", reason="width", replacement="1")
>>> converter.unstructure(row)
{'rule': 'normalise_width', 'action': 'changed', 'source': {'line': 3, 'col': 1}, 'text': '１', 'reason': 'width', 'replacement': '1'}
>>> converter.structure(converter.unstructure(row), LedgerRow) == row
True
"""

from __future__ import annotations

import dataclasses
from enum import StrEnum
from typing import Any, Callable

import cattrs
from cattrs.gen import make_dict_structure_fn, make_dict_unstructure_fn, override

from pipeline.model import Record, Text

converter = cattrs.Converter()
converter.register_unstructure_hook(Text, Text.to_json)
converter.register_structure_hook(Text, lambda data, _: Text.from_json(data))
# A StrEnum is a str first in its MRO, so cattrs' str hook would pass members through unchanged.
converter.register_unstructure_hook(StrEnum, lambda e: e.value)


def _is_record(cls: Any) -> bool:
    return isinstance(cls, type) and issubclass(cls, Record) and dataclasses.is_dataclass(cls)


def _unstructure_factory(cls: type) -> Callable[[Any], dict[str, Any]]:
    fields = dataclasses.fields(cls)
    overrides = {}
    for f in fields:
        if "digits" in f.metadata:
            digits = f.metadata["digits"]
            overrides[f.name] = override(unstruct_hook=lambda v, d=digits: round(v, d))
        if f.metadata.get("omit_empty"):
            overrides[f.name] = override(omit_if_default=True)
    base = make_dict_unstructure_fn(cls, converter, **overrides)
    nested = [f.name for f in fields if f.metadata.get("under")]
    if not nested:
        return base
    under = fields[[f.name for f in fields].index(nested[0])].metadata["under"]

    def unstructure(obj: Any) -> dict[str, Any]:
        flat = base(obj)
        out: dict[str, Any] = {}
        for key, value in flat.items():
            if key in nested:
                out.setdefault(under, {})[key] = value
            else:
                out[key] = value
        return out

    return unstructure


def _structure_factory(cls: type) -> Callable[[dict[str, Any], type], Any]:
    base = make_dict_structure_fn(cls, converter)
    nested = [f.name for f in dataclasses.fields(cls) if f.metadata.get("under")]
    if not nested:
        return base
    under = dataclasses.fields(cls)[[f.name for f in dataclasses.fields(cls)].index(nested[0])].metadata["under"]

    def structure(data: dict[str, Any], typ: type) -> Any:
        flat = {k: v for k, v in data.items() if k != under}
        flat.update(data[under])
        return base(flat, typ)

    return structure


converter.register_unstructure_hook_factory(_is_record, _unstructure_factory)
converter.register_structure_hook_factory(_is_record, _structure_factory)
