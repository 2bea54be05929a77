"""A :class:`~summons_kit.case.model.Case` back to a case file: the inverse of :func:`summons_kit.load_case`.

After ``attrs.evolve`` (or a notebook form, or the intake of the court's papers) a script can write the case it holds
as TOML or JSON that the loader reads back to an equal Case. Values are written in their canonical form: amounts as
strings with two decimals (never a float), dates and times as TOML dates, 案号 / 身份证号 / rates as text; fields
left at their defaults are left out, so the file stays short.
"""

from __future__ import annotations

import datetime as dt
import enum
import json
from collections.abc import Mapping
from decimal import Decimal
from pathlib import Path
from typing import Any

import attrs

from summons_kit.atomic import write_atomic
from summons_kit.case.model import Case, Claim

#: Derived fields the loader computes itself and refuses when given.
_DERIVED = {(Claim, "info"), (Case, "source")}


def case_dict(case: Case) -> dict[str, Any]:
    """``case`` as the nested dict a case file holds (what :func:`summons_kit.load_case` accepts)."""
    found = _value(case)
    assert isinstance(found, dict)
    return found


def _value(value: object) -> object:
    if type(value).__module__.startswith("summons_kit.fields.") and hasattr(value, "raw"):
        return str(value.raw)  # a parsed value (案号, 身份证号, credit code, rate): the text it was read from
    if attrs.has(type(value)):
        out: dict[str, Any] = {}
        for field in attrs.fields(type(value)):  # type: ignore[arg-type]
            if (type(value), field.name) in _DERIVED:
                continue
            item = getattr(value, field.name)
            if _is_default(field, item):
                continue
            converted = _value(item)
            if converted is not None:
                out[field.name] = converted
        return out
    if isinstance(value, Mapping):
        return {str(k): _value(v) for k, v in value.items()}
    if isinstance(value, tuple | list):
        return [_value(v) for v in value]
    if isinstance(value, bool | int | str) and not isinstance(value, enum.Enum):
        return str(value) if type(value) not in (bool, int, str) else value
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, Decimal):
        return f"{value:.2f}" if value == value.quantize(Decimal("0.01")) else str(value)
    if isinstance(value, dt.datetime | dt.date):
        return value
    if value is None:
        return None
    return str(value)


def _is_default(field: attrs.Attribute[Any], value: object) -> bool:
    default: Any = field.default
    if isinstance(default, attrs.Factory):  # type: ignore[arg-type]
        if default.takes_self:
            return False
        default = default.factory()
    if default is attrs.NOTHING:
        return False
    try:
        return bool(value == default)
    except Exception:  # a value that cannot be compared is written out
        return False


def dumps_case(case: Case, *, format: str = "toml") -> str:
    """``case`` as the text of a case file (``toml`` or ``json``)."""
    data = case_dict(case)
    if format == "json":
        return json.dumps(data, ensure_ascii=False, indent=2, default=_json_default) + "\n"
    if format != "toml":
        raise ValueError(f"未知格式“{format}” / unknown format {format!r}; expected toml or json")
    import tomli_w

    return tomli_w.dumps(data)


def _json_default(value: object) -> str:
    if isinstance(value, dt.datetime):
        return value.isoformat(sep=" ", timespec="minutes")
    if isinstance(value, dt.date):
        return value.isoformat()
    raise TypeError(type(value).__name__)


def dump_case(case: Case, path: Path | str, *, force: bool = False) -> Path:
    """Write ``case`` to ``path`` (.toml or .json by its suffix), atomically; an existing file is replaced only with
    ``force``. Returns the path written."""
    target = Path(path)
    suffix = target.suffix.lower()
    if suffix not in (".toml", ".json"):
        raise ValueError(
            f"案件文件应为 .toml 或 .json:{target.name} / a case file is .toml or .json, got {target.name!r}"
        )
    text = dumps_case(case, format=suffix.removeprefix("."))
    return write_atomic(text.encode("utf-8"), target, force=force)
