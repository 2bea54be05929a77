"""The case file's JSON Schema, generated from the model, so editors complete and check TOML and JSON case files.

``summons-kit schema > case.schema.json``; in VS Code (Even Better TOML / the JSON language server) point the case
files at it. The schema accepts what the loader accepts: dates and amounts as text in any form the parsers read
(``二〇二五年九月十一日``, ``壹万贰仟元整``), or as TOML dates and numbers; the loader stays the judge of each value.
"""

from __future__ import annotations

import datetime as dt
import enum
import types
import typing
from collections.abc import Mapping
from decimal import Decimal
from typing import Any

import attrs

from summons_kit.case import elements
from summons_kit.case.model import Case, Claim, Defence

_TEXT: dict[str, Any] = {"type": "string"}
_AMOUNT: dict[str, Any] = {"type": ["string", "number"], "description": "金额 / amount: 12345.67, 壹万贰仟元整 …"}
_DATE: dict[str, Any] = {
    "type": "string",
    "description": "日期 / date: 2025-09-11, 2025年9月11日, 二〇二五年九月十一日 …",
}
_MOMENT: dict[str, Any] = {"type": "string", "description": "日期或时间 / date or date and time"}
_SKIPPED = {(Claim, "info"), (Case, "source")}


def case_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of a case file."""
    definitions: dict[str, Any] = {}
    root = _object(Case, definitions)
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "summons_kit case file / 案件文件",
        **root,
        "$defs": definitions,
    }


def _object(cls: type, definitions: dict[str, Any]) -> dict[str, Any]:
    attrs.resolve_types(cls)
    properties: dict[str, Any] = {}
    required: list[str] = []
    for field in attrs.fields(cls):
        if (cls, field.name) in _SKIPPED:
            continue
        properties[field.name] = _type(field.type, definitions, cls, field.name, field.metadata)
        if field.default is attrs.NOTHING:
            required.append(field.name)
    found: dict[str, Any] = {"type": "object", "properties": properties, "additionalProperties": False}
    if cls.__doc__:
        found["description"] = cls.__doc__.strip().splitlines()[0]
    if required and cls is not Claim:
        found["required"] = required
    return found


def _ref(cls: type, definitions: dict[str, Any]) -> dict[str, Any]:
    if cls.__name__ not in definitions:
        definitions[cls.__name__] = {}  # reserve the name first (a class may refer to itself)
        definitions[cls.__name__] = _object(cls, definitions)
    return {"$ref": f"#/$defs/{cls.__name__}"}


def _type(kind: Any, definitions: dict[str, Any], owner: type, name: str, metadata: Mapping[str, Any]) -> Any:
    origin = typing.get_origin(kind)
    args = [a for a in typing.get_args(kind) if a is not type(None)]
    if origin in (typing.Union, types.UnionType):
        if set(args) == {dt.datetime, dt.date}:
            return dict(_MOMENT)
        if len(args) == 1:
            return _type(args[0], definitions, owner, name, metadata)
        return {"anyOf": [_type(a, definitions, owner, name, metadata) for a in args]}
    if origin is typing.Literal:
        return {"type": "string", "examples": list(typing.get_args(kind))}
    if origin is tuple:
        item = _type(args[0], definitions, owner, name, metadata)
        if owner is Case and name == "claims":  # a claim may be written as its text alone
            item = {"anyOf": [item, _TEXT]}
        return {"type": "array", "items": item}
    if origin in (Mapping, dict) or (origin is not None and issubclass(origin, Mapping)):
        keys = sorted(elements.ITEM_KEYS if name == "items" else elements.FACT_KEYS) if owner is Defence else None
        value = _type(args[-1], definitions, owner, name, metadata)
        if keys:
            return {"type": "object", "properties": {k: value for k in keys}, "additionalProperties": False}
        return {"type": "object", "additionalProperties": value}
    if kind is bool:
        return {"type": "boolean"}
    if kind is int:
        found: dict[str, Any] = {"type": "integer"}
        bounds = metadata.get("bounds")
        if bounds is not None:
            if bounds.low is not None:
                found["minimum"] = bounds.low
            if bounds.high is not None:
                found["maximum"] = bounds.high
        return found
    if kind is Decimal:
        return dict(_AMOUNT)
    if kind is dt.date:
        return dict(_DATE)
    if kind is dt.datetime:
        return dict(_MOMENT)
    if isinstance(kind, type) and issubclass(kind, enum.Enum):
        return {"type": "string", "examples": [m.value for m in kind]}
    if isinstance(kind, type) and attrs.has(kind) and kind.__module__.startswith("summons_kit.case"):
        return _ref(kind, definitions)
    return dict(_TEXT)  # str, and parsed values written as text (案号, 身份证号, rates)
