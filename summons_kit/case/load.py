"""A case file (TOML, JSON) or a dict -> a :class:`~summons_kit.case.model.Case`.

Structuring is done by cattrs; this module only registers how each field type is read from what a person types
(dates and amounts as court papers write them, via :mod:`summons_kit.fields`) and turns cattrs' nested errors into
one :class:`~summons_kit.errors.CaseError` that lists every problem with its path and raw value.
"""

from __future__ import annotations

import contextvars
import datetime as dt
import difflib
import json
import os
import re
import stat
import tomllib
import typing
from collections.abc import Callable, Iterator, Mapping
from decimal import Decimal
from pathlib import Path
from typing import Any

import attrs
import cattrs
from cattrs.errors import (
    AttributeValidationNote,
    ClassValidationError,
    ForbiddenExtraKeysError,
    IterableValidationError,
    IterableValidationNote,
)
from cattrs.gen import make_dict_structure_fn, override

from summons_kit.case import elements, model
from summons_kit.case.encoding import looks_like
from summons_kit.errors import CaseError, FieldValueError, ParseError, Problem
from summons_kit.fields.case_number import CaseNumber, parse_case_number
from summons_kit.fields.claims import ClaimInfo, Rate, parse_claim, parse_rate
from summons_kit.fields.dates import MAX_YEAR, MIN_YEAR, day_of, parse_date
from summons_kit.fields.identity import (
    CreditCode,
    IdNumber,
    normalize_phone,
    parse_credit_code,
    parse_id_number,
)
from summons_kit.fields.money import parse_amount

CaseSource = str | Path | Mapping[str, Any]

#: the largest case file read (a real one is a few KiB); a larger file is refused before it is parsed
MAX_FILE_BYTES = 1024 * 1024
#: the deepest nesting of tables and lists accepted (a real case file nests 4 deep)
MAX_DEPTH = 16
#: the longest single text value accepted (a long 诉讼请求 is a few hundred characters)
MAX_TEXT = 100_000

#: the date that year-less dates ("10月15日上午9时30分") are read against while a case loads: the service date
_reference: contextvars.ContextVar[dt.date | None] = contextvars.ContextVar("reference", default=None)


class _Expected(ValueError):
    """A value of the wrong shape: says what was expected, in Chinese and English."""

    def __init__(self, value: object, expected: str, expected_en: str) -> None:
        self.value, self.expected, self.expected_en = value, expected, expected_en
        super().__init__(expected_en)


class _At(ValueError):
    """An error raised by a hook for one key of the table it reads."""

    def __init__(self, key: str, error: Exception) -> None:
        self.key, self.error = key, error
        super().__init__(str(error))


class _UnknownKeys(ValueError):
    def __init__(self, keys: list[str], known: list[str]) -> None:
        self.keys, self.known = keys, known
        super().__init__(f"unknown keys {keys}")


# --- readers for one value each ---------------------------------------------------------------------------------------


def _text(value: object, _type: object = str) -> str:
    if type(value) is str:  # the usual value, told without the checks below
        return value.strip()
    if isinstance(value, bool) or not isinstance(value, str | int):
        raise _Expected(value, "应为文字", "expected text")
    return str(value).strip()


def _integer(value: object, _type: object = int) -> int:
    if isinstance(value, bool):
        raise _Expected(value, "应为整数", "expected a whole number")
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.strip().isdigit():
        return int(value.strip())
    raise _Expected(value, "应为整数", "expected a whole number")


_YES = {"true", "yes", "是", "有", "接受", "同意", "y"}
_NO = {"false", "no", "否", "无", "不接受", "不同意", "n"}


def _boolean(value: object, _type: object = bool) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.strip().lower() in _YES | _NO:
        return value.strip().lower() in _YES
    raise _Expected(value, "应为 true/false(是/否)", "expected true or false (是/否)")


def _amount(value: object, _type: object = Decimal) -> Decimal:
    try:
        return _read_amount(value)
    except ArithmeticError:  # decimal.InvalidOperation: more digits than any amount has
        raise _Expected(value, "金额位数过多,不是真实的金额", "too many digits for an amount of money") from None


def _read_amount(value: object) -> Decimal:
    if isinstance(value, bool):
        raise _Expected(value, "应为金额", "expected an amount of money")
    if isinstance(value, Decimal | int):
        return parse_amount(value)
    if isinstance(value, float):
        # A TOML/JSON number such as 18765.43: its shortest repr is exactly what the user typed.
        return parse_amount(repr(value))
    if isinstance(value, str):
        return parse_amount(value)
    raise _Expected(value, "应为金额,如“人民币18,765.43元”", "expected an amount such as 人民币18,765.43元")


def _when(value: object) -> dt.date | dt.datetime:
    if isinstance(value, dt.date):  # TOML dates and datetimes arrive parsed: the same range as a text date
        if not MIN_YEAR <= value.year <= MAX_YEAR:
            raise _Expected(
                value,
                f"年份{value.year}不在{MIN_YEAR}至{MAX_YEAR}年之间,应为法律文书上的日期",
                f"the year {value.year} is outside {MIN_YEAR}-{MAX_YEAR}: expected a date of the court papers",
            )
        return value
    if isinstance(value, str):
        return parse_date(value, reference=_reference.get())
    raise _Expected(value, "应为日期,如“2025年9月11日”", "expected a date such as 2025年9月11日")


def _date(value: object, _type: object = dt.date) -> dt.date:
    found = _when(value)
    return day_of(found)


def _parsed(parser: Callable[[str], Any]) -> Callable[[object, object], Any]:
    def read(value: object, _type: object) -> Any:
        return parser(_text(value))

    return read


def _enum(parse: Callable[[str], Any], choices: str) -> Callable[[object, object], Any]:
    def read(value: object, _type: object) -> Any:
        try:
            return parse(_text(value))
        except ValueError:
            raise _Expected(value, f"应为 {choices} 之一", f"expected one of {choices}") from None

    return read


def _literal(choices: Mapping[str, str]) -> Callable[[object, object], str]:
    shown = " | ".join(dict.fromkeys(choices.values()))

    def read(value: object, _type: object) -> str:
        key = _text(value).lower()
        if key not in choices:
            raise _Expected(value, f"应为 {shown} 之一", f"expected one of {shown}")
        return choices[key]

    return read


def _enum_by_value(enum: type[Any]) -> Callable[[str], Any]:
    def parse(text: str) -> Any:
        return enum(text.strip().lower())

    return parse


def _sequence(conv: cattrs.Converter, kind: Any) -> Callable[[object, object], tuple[Any, ...]]:
    """A list field: a TOML/JSON array only. A string or a table is refused, never read as its characters or
    its keys (``claims = "判令……"`` would otherwise be one claim per character)."""
    (item,) = typing.get_args(kind)[:1]

    def read(value: object, _type: object) -> tuple[Any, ...]:
        if not isinstance(value, list | tuple):
            raise _Expected(value, "应为列表,如 [1, 2]", "expected a list, e.g. [1, 2]")
        found, errors = [], []
        for index, one in enumerate(value):
            try:
                found.append(conv.structure(one, item))
            except Exception as exc:
                exc.__notes__ = [
                    *getattr(exc, "__notes__", []),
                    IterableValidationNote(f"Structuring {kind} @ index {index}", index, item),
                ]
                errors.append(exc)
        if errors:
            raise IterableValidationError(f"While structuring {kind}", errors, kind)
        return tuple(found)

    return read


def _is_sequence(kind: Any) -> bool:
    args = typing.get_args(kind)
    return typing.get_origin(kind) is tuple and len(args) == 2 and args[1] is Ellipsis


# --- the converter ----------------------------------------------------------------------------------------------------


def _converter() -> cattrs.Converter:
    conv = cattrs.Converter(forbid_extra_keys=True, detailed_validation=True)
    conv.register_structure_hook(str, _text)
    conv.register_structure_hook(int, _integer)
    conv.register_structure_hook(bool, _boolean)
    conv.register_structure_hook(Decimal, _amount)
    conv.register_structure_hook(dt.date, _date)
    conv.register_structure_hook(dt.datetime | dt.date | None, lambda v, t: None if v is None else _when(v))
    conv.register_structure_hook_factory(_is_sequence, lambda kind: _sequence(conv, kind))
    conv.register_structure_hook(CaseNumber, _parsed(parse_case_number))
    # a masked number (440104********5116, 139****4455) loads as given; the checks flag it as incomplete
    conv.register_structure_hook(IdNumber, _parsed(lambda text: parse_id_number(text, allow_masked=True)))
    conv.register_structure_hook(CreditCode, _parsed(parse_credit_code))
    conv.register_structure_hook(Rate, _parsed(parse_rate))
    conv.register_structure_hook(model.Procedure, _enum(model.Procedure.parse, "普通程序 | 简易程序 | 小额诉讼程序"))
    conv.register_structure_hook(
        model.ServiceMethod,
        _enum(model.ServiceMethod.parse, " | ".join(m.value for m in model.ServiceMethod)),
    )
    conv.register_structure_hook(model.PartyKind, _enum(_enum_by_value(model.PartyKind), "person | organization"))
    conv.register_structure_hook(
        model.LenderKind, _enum(_enum_by_value(model.LenderKind), "licensed | local_financial | private")
    )
    conv.register_structure_hook(
        model.EvidenceKind, _enum(model.EvidenceKind.parse, " | ".join(k.value for k in model.EvidenceKind))
    )
    authority = {"general": "general", "一般": "general", "一般授权": "general", "全权代理": "general"}
    authority |= {"special": "special", "特别": "special", "特别授权": "special"}
    conv.register_structure_hook_func(lambda t: t == typing.Literal["general", "special"], _literal(authority))
    id_types = {t: t for t in typing.get_args(model.IdType)}
    id_types |= {"hk_macao_permit": "港澳居民来往内地通行证", "港澳通行证": "港澳居民来往内地通行证"}
    id_types |= {"taiwan_permit": "台湾居民来往大陆通行证", "台胞证": "台湾居民来往大陆通行证"}
    id_types |= {
        "passport": "护照",
        "foreign_permanent_residence": "外国人永久居留身份证",
        "永居证": "外国人永久居留身份证",
    }
    conv.register_structure_hook_func(lambda t: t == model.IdType, _literal(id_types))
    methods = {"短信": "短信", "sms": "短信", "微信": "微信", "wechat": "微信", "传真": "传真", "fax": "传真"}
    methods |= {"电子邮箱": "电子邮箱", "邮箱": "电子邮箱", "email": "电子邮箱", "e-mail": "电子邮箱"}
    methods |= {"其他": "其他", "other": "其他"}
    conv.register_structure_hook_func(lambda t: t == model.ElectronicMethod, _literal(methods))
    addressee = {"plaintiff": "plaintiff", "原告": "plaintiff", "court": "court", "法院": "court"}
    conv.register_structure_hook_func(lambda t: t == typing.Literal["plaintiff", "court"], _literal(addressee))
    style = {
        "element": "element",
        "要素式": "element",
        "narrative": "narrative",
        "传统": "narrative",
        "叙述式": "narrative",
    }
    conv.register_structure_hook_func(
        lambda t: t == typing.Literal["element", "narrative"] | None,
        lambda v, t: None if v is None else _literal(style)(v, t),
    )

    def bounded(bounds: model.Bounds, kind: Any) -> Callable[[object, object], Any]:
        """Read the value as its type, then check it against the field's bounds (so errors are collected)."""

        def read(value: object, _type: object) -> Any:
            found = conv.structure(value, kind)
            for one in found if isinstance(found, tuple) else (found,):
                problem = None if one is None else bounds.problem(one)
                if problem:
                    raise _Expected(value, *problem)
            return found

        return read

    def generated(cls: type) -> Callable[[Mapping[str, Any], type], Any]:
        attrs.resolve_types(cls)
        overrides = {
            f.name: override(struct_hook=bounded(f.metadata["bounds"], f.type))
            for f in attrs.fields(cls)
            if "bounds" in f.metadata
        }
        structure: Callable[[Mapping[str, Any], Any], Any] = make_dict_structure_fn(
            cls,
            conv,
            _cattrs_forbid_extra_keys=True,
            _cattrs_detailed_validation=True,
            **overrides,  # type: ignore[arg-type]  # per-attribute overrides: cattrs types them as Any
        )

        def table(value: object, kind: type) -> Any:  # a section given as text or a list: say so, by name
            return structure(_mapping(value), kind)

        return table

    # every attrs class: forbid unknown keys, collect every error, check bounded fields while reading;
    # the classes below that need more register their own hooks after this (later hooks take precedence)
    conv.register_structure_hook_factory(attrs.has, generated)

    party_fn = generated(model.Party)

    def party(value: object, cls: type) -> model.Party:
        data = dict(_mapping(value))
        data.setdefault("kind", model.infer_kind(str(data.get("name", "")), data.get("credit_code")).value)
        errors: list[Exception] = []
        if "phone" in data:
            try:
                data["phone"] = normalize_phone(_text(data["phone"]), allow_masked=True)
            except (ParseError, _Expected) as exc:
                errors.append(_At("phone", exc))
                del data["phone"]
        try:
            found = party_fn(data, cls)
        except ClassValidationError as exc:
            errors.append(exc)
        if errors:
            raise ExceptionGroup("party", errors)
        return found

    conv.register_structure_hook(model.Party, party)
    claim_fn = generated(model.Claim)

    def claim(value: object, cls: type) -> model.Claim:
        data = {"text": value} if isinstance(value, str) else dict(_mapping(value))
        if "info" in data:
            raise _UnknownKeys(["info"], ["text", "amount"])
        try:
            text = _text(data.get("text", ""))
            info: ClaimInfo | None = parse_claim(text) if text else None
        except (ParseError, _Expected) as exc:
            raise _At("text", exc) from None
        structured = claim_fn(data, cls)
        amount = structured.amount if structured.amount is not None else (info.amount if info else None)
        return attrs.evolve(structured, amount=amount, info=info)

    conv.register_structure_hook(model.Claim, claim)
    defence_fn = generated(model.Defence)

    def defence(value: object, cls: type) -> model.Defence:
        data = dict(_mapping(value))
        errors: list[Exception] = []
        for key, known in (("items", elements.ITEM_KEYS), ("facts", elements.FACT_KEYS)):
            rows = _mapping(data.get(key, {}))
            unknown = sorted(set(rows) - known)
            if unknown:
                errors.append(_At(key, _UnknownKeys(unknown, sorted(known))))
                data[key] = {k: v for k, v in rows.items() if k in known}  # go on: report the other rows too
        try:
            found = defence_fn(data, cls)
        except ClassValidationError as exc:
            errors.append(exc)
        if errors:
            raise ExceptionGroup("defence", errors)
        return found

    conv.register_structure_hook(model.Defence, defence)
    # generated last: a generated function binds the hooks registered before it
    case_fn = generated(model.Case)

    def case(value: object, cls: type) -> model.Case:
        data = dict(_mapping(value))
        if "source" in data:
            raise _UnknownKeys(["source"], [f.name for f in attrs.fields(model.Case) if f.name != "source"])
        return case_fn(data, cls)

    conv.register_structure_hook(model.Case, case)
    return conv


def _mapping(value: object) -> Mapping[str, Any]:
    if type(value) is dict:  # the usual value, told without the Mapping ABC's slower check
        return value
    if not isinstance(value, Mapping):
        raise _Expected(value, "应为一节(表)", "expected a table of keys")
    return value


_CONVERTER = _converter()


# --- errors -----------------------------------------------------------------------------------------------------------


def _lookup(data: object, path: tuple[str | int, ...]) -> object:
    for part in path:
        try:
            data = data[part]  # type: ignore[index]
        except (KeyError, IndexError, TypeError):
            return None
    return data


def _known_fields(cls: type) -> list[str]:
    if not attrs.has(cls):
        return []
    internal = {model.Case: {"source"}, model.Claim: {"info"}}.get(cls, set())
    return [f.name for f in attrs.fields(cls) if f.name not in internal]


def _dotted(path: tuple[str | int, ...]) -> str:
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "(case)"


def _unknown(path: tuple[str | int, ...], keys: list[str], known: list[str]) -> Iterator[Problem]:
    for key in keys:
        close = difflib.get_close_matches(key, known, n=1, cutoff=0.6)
        hint_zh = f";是否想写“{close[0]}”?" if close else ""
        hint_en = f"; did you mean {close[0]!r}?" if close else ""
        shown = ", ".join(known)
        yield Problem(
            _dotted((*path, *key.split("."))),
            None,
            f"未知的键“{key}”{hint_zh}(可用:{shown})",
            f"unknown key {key!r}{hint_en} (known: {shown})",
        )


def _problems(exc: BaseException, path: tuple[str | int, ...], data: object) -> Iterator[Problem]:
    """Walk cattrs' nested exception groups, yielding one Problem per leaf error."""
    if isinstance(exc, ClassValidationError | IterableValidationError):
        with_notes, without_notes = exc.group_exceptions()
        for inner, note in with_notes:
            if isinstance(note, AttributeValidationNote):
                step: tuple[str | int, ...] = (note.name,)
            elif isinstance(note, IterableValidationNote):
                step = (note.index,)
            else:
                step = ()
            yield from _problems(inner, (*path, *step), data)
        for inner in without_notes:
            yield from _problems(inner, path, data)
        return
    if isinstance(exc, ExceptionGroup):
        for inner in exc.exceptions:
            yield from _problems(inner, path, data)
        return
    if isinstance(exc, _At):
        yield from _problems(exc.error, (*path, exc.key), data)
        return
    if isinstance(exc, FieldValueError):
        yield Problem(_dotted((*path, exc.field)), _lookup(data, (*path, exc.field)), exc.expected, exc.expected_en)
        return
    raw = _lookup(data, path)
    if isinstance(exc, ForbiddenExtraKeysError):
        yield from _unknown(path, sorted(exc.extra_fields), _known_fields(exc.cl))
    elif isinstance(exc, _UnknownKeys):
        yield from _unknown(path, exc.keys, exc.known)
    elif isinstance(exc, ParseError):
        yield Problem(_dotted(path), exc.text, exc.reason, exc.reason_en)
    elif isinstance(exc, _Expected):
        yield Problem(_dotted(path), exc.value, exc.expected, exc.expected_en)
    elif isinstance(exc, KeyError):
        yield Problem(_dotted(path), None, "必填项缺失或为空", "required value missing or empty")
    elif isinstance(exc, TypeError) and not isinstance(raw, list | tuple | Mapping):
        yield Problem(_dotted(path), raw, "应为列表,如 [1, 2]", "expected a list, e.g. [1, 2]")
    else:
        yield Problem(_dotted(path), raw, f"无效:{exc}", f"invalid: {exc}")


# --- reading files ----------------------------------------------------------------------------------------------------


def _file_problem(where: str, message: str, message_en: str) -> CaseError:
    return CaseError([Problem("(file)", where, message, message_en)], source=where)


def _read_bytes(path: Path) -> bytes:
    """At most MAX_FILE_BYTES of a regular file. A FIFO, a device (/dev/zero) or a folder is refused before it is
    opened for reading (opening a FIFO would wait forever), and again after (the path may have changed)."""
    where = str(path)
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):
            raise _file_problem(
                where, "不是普通文件(可能是文件夹、设备或管道),请给出案件文件", "not a regular file: give a case file"
            )
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
        with os.fdopen(fd, "rb") as handle:
            if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
                raise _file_problem(where, "不是普通文件,请给出案件文件", "not a regular file: give a case file")
            data = handle.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        raise CaseError([Problem("(file)", where, "找不到案件文件", "case file not found")]) from None
    except PermissionError:
        raise CaseError([Problem("(file)", where, "没有读取权限", "permission denied")]) from None
    except OSError as exc:
        raise CaseError(
            [Problem("(file)", where, f"无法读取案件文件:{exc}", f"cannot read the case file: {exc}")]
        ) from None
    if len(data) > MAX_FILE_BYTES:
        raise _file_problem(
            where,
            f"案件文件过大(超过{MAX_FILE_BYTES // 1024} KiB),不像是案件文件",
            f"the case file is larger than {MAX_FILE_BYTES // 1024} KiB: not a case file",
        )
    return data


def read_file(path: Path) -> dict[str, Any]:
    """The raw mapping in a .toml or .json case file; CaseError when the file cannot be read."""
    where = str(path)
    data = _read_bytes(path)
    encoding = looks_like(data)
    if encoding is not None:
        raise _file_problem(
            where,
            f"案件文件似为 {encoding} 编码,请另存为 UTF-8(记事本:另存为→编码选 UTF-8;WPS:另存为→编码选 UTF-8)",
            f"the case file looks like {encoding}: save it as UTF-8 (Notepad or WPS: Save As, encoding UTF-8)",
        )
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise _file_problem(
            where, f"无法读取案件文件(应为 UTF-8 编码):{exc}", f"cannot read the case file (expected UTF-8): {exc}"
        ) from None
    kind = "JSON" if path.suffix.lower() == ".json" else "TOML"
    try:
        parsed = json.loads(text) if kind == "JSON" else tomllib.loads(text)
    except RecursionError:
        raise _file_problem(
            where, f"嵌套层数过多(最多{MAX_DEPTH}层)", f"nested too deep (at most {MAX_DEPTH} levels)"
        ) from None
    except (ValueError, ArithmeticError) as exc:  # TOMLDecodeError, JSONDecodeError, an impossible native date
        raise _file_problem(where, f"{kind} 格式错误:{exc}", f"{kind} syntax error: {exc}") from None
    if not isinstance(parsed, dict):
        raise _file_problem(where, "顶层应为一张表", "the top level must be a table")
    return parsed


#: characters no text of a court paper holds, and an XML document cannot: C0 controls but tab, LF and CR;
#: lone surrogates; the non-characters U+FDD0..U+FDEF and U+xxFFFE/U+xxFFFF
_INVALID_TEXT = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufdd0-\ufdef"
    + "".join(f"{chr(p * 0x10000 + 0xFFFE)}{chr(p * 0x10000 + 0xFFFF)}" for p in range(17))
    + "]"
)


#: the characters of _INVALID_TEXT below U+10000, and any character above: each one table lookup a character
#: (_INVALID_TEXT itself lists the U+xxFFFE/U+xxFFFF pairs one by one, which is slow on long texts)
_INVALID_BMP = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufdd0-\ufdef\ufffe\uffff]")
_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


def _valid_text(text: str) -> bool:
    """Whether ``text`` holds no character of _INVALID_TEXT (told fast; _INVALID_TEXT finds which one)."""
    if _INVALID_BMP.search(text):
        return False
    return _ASTRAL.search(text) is None or _INVALID_TEXT.search(text) is None


class _Irregular(Exception):
    """Raised inside :func:`_tidy` for input the separate walks must read."""


#: values _tidy reads only through _shape_problems, _prune and _sources: every container but dict and list,
#: and str subclasses
_IRREGULAR = (Mapping, list, tuple, str)


def _tidy(data: object) -> tuple[dict[Any, Any], list[tuple[str, str]]] | None:
    """``(_prune(data), _sources(_prune(data)))`` in one walk, for the usual input: ``data`` a dict of dicts, lists
    and scalars that :func:`_shape_problems` finds nothing wrong with. None for any other input (a shape problem,
    a tuple, a Mapping that is not a dict): the caller then takes the separate walks, which stay the definition."""
    if type(data) is not dict:
        return None
    texts: list[str] = []  # every key and text, pruned or not, checked for invalid characters at once
    sources: list[tuple[str, str]] = []
    try:
        pruned = _tidy_dict(data, "", 0, texts, sources)
    except _Irregular:
        return None
    return (pruned, sources) if _valid_text("\n".join(texts)) else None


def _tidy_dict(
    data: dict[Any, Any], where: str, depth: int, texts: list[str], sources: list[tuple[str, str]]
) -> dict[Any, Any]:
    """One table of :func:`_tidy`: blank texts and emptied tables dropped, as :func:`_prune` does."""
    if data and depth >= MAX_DEPTH:
        raise _Irregular
    out = {}
    for key, value in data.items():
        if isinstance(key, str):
            texts.append(key)
        kind = type(value)
        if kind is str:
            if len(value) > MAX_TEXT:
                raise _Irregular
            texts.append(value)
            if value.strip():
                out[key] = value
                inner = f"{where}.{key}" if where else str(key)
                sources.append((inner or "(case)", value))
        elif kind is dict:
            table = _tidy_dict(value, f"{where}.{key}" if where else str(key), depth + 1, texts, sources)
            if table:
                out[key] = table
        elif kind is list:
            out[key] = _tidy_list(value, f"{where}.{key}" if where else str(key), depth + 1, texts, sources)
        elif isinstance(value, _IRREGULAR):
            raise _Irregular
        else:
            out[key] = value
    return out


def _tidy_list(data: list[Any], where: str, depth: int, texts: list[str], sources: list[tuple[str, str]]) -> list[Any]:
    """One list of :func:`_tidy`: emptied tables dropped (blank texts kept), as :func:`_prune` does."""
    if data and depth >= MAX_DEPTH:
        raise _Irregular
    out: list[Any] = []
    for value in data:
        inner = f"{where}[{len(out)}]"  # the index in the pruned list
        kind = type(value)
        if kind is str:
            if len(value) > MAX_TEXT:
                raise _Irregular
            texts.append(value)
            out.append(value)
            sources.append((inner, value))
        elif kind is dict:
            table = _tidy_dict(value, inner, depth + 1, texts, sources)
            if table:
                out.append(table)
        elif kind is list:
            out.append(_tidy_list(value, inner, depth + 1, texts, sources))
        elif isinstance(value, _IRREGULAR):
            raise _Irregular
        else:
            out.append(value)
    return out


def _shape_problems(data: object) -> list[Problem]:
    """Nesting deeper than MAX_DEPTH, text longer than MAX_TEXT, characters no text may hold (keys and values)."""
    if _shape_fine(data):  # the usual case, told without building a path for every value
        return []
    problems: list[Problem] = []
    stack: list[tuple[object, tuple[str | int, ...]]] = [(data, ())]
    while stack and len(problems) < 20:
        value, path = stack.pop()
        if len(path) > MAX_DEPTH:
            problems.append(
                Problem(_dotted(path[:MAX_DEPTH]), None, f"嵌套层数过多(最多{MAX_DEPTH}层)", "nested too deep")
            )
            continue
        if isinstance(value, Mapping):
            for key, inner in value.items():
                if isinstance(key, str) and _INVALID_TEXT.search(key):
                    problems.append(_invalid_text(path, key))
                    continue
                stack.append((inner, (*path, str(key))))
        elif isinstance(value, list | tuple):
            stack.extend((inner, (*path, index)) for index, inner in enumerate(value))
        elif isinstance(value, str):
            found = _INVALID_TEXT.search(value)
            if found:
                problems.append(_invalid_text(path, value, found.group()))
            elif len(value) > MAX_TEXT:
                problems.append(
                    Problem(
                        _dotted(path),
                        value[:40] + "……",
                        f"文字过长({len(value)}字,最多{MAX_TEXT}字)",
                        f"the text is too long ({len(value)} characters, at most {MAX_TEXT})",
                    )
                )
    return sorted(problems, key=lambda p: p.field)


def _shape_fine(data: object) -> bool:
    """Whether :func:`_shape_problems` finds nothing: the same checks, with depths instead of paths."""
    stack: list[tuple[object, int]] = [(data, 0)]
    while stack:
        value, depth = stack.pop()
        if depth > MAX_DEPTH:
            return False
        if type(value) is str:
            if len(value) > MAX_TEXT or _INVALID_TEXT.search(value):
                return False
        elif isinstance(value, Mapping):
            for key, inner in value.items():
                if isinstance(key, str) and _INVALID_TEXT.search(key):
                    return False
                stack.append((inner, depth + 1))
        elif isinstance(value, list | tuple):
            stack.extend((inner, depth + 1) for inner in value)
        elif isinstance(value, str) and (len(value) > MAX_TEXT or _INVALID_TEXT.search(value)):
            return False
    return True


def _invalid_text(path: tuple[str | int, ...], value: str, char: str | None = None) -> Problem:
    char = char or _INVALID_TEXT.search(value).group()  # type: ignore[union-attr]
    code = f"U+{ord(char):04X}"
    return Problem(
        _dotted(path),
        value.encode("utf-8", "backslashreplace").decode("utf-8"),
        f"含有文书中不能出现的字符 {code}(控制字符、代理项或非字符),请删去",
        f"contains {code}, a character no document can hold (control, surrogate or non-character): remove it",
    )


def _sources(data: object) -> list[tuple[str, str]]:
    """(dotted path, text) of every text of ``data``, depth first (the paths :func:`_dotted` writes)."""
    found: list[tuple[str, str]] = []
    _collect_sources(data, "", found)
    return found


def _collect_sources(data: object, where: str, found: list[tuple[str, str]]) -> None:
    # the dotted path is built as the walk goes down (not rebuilt from a tuple for every text)
    if isinstance(data, Mapping):
        for key, value in data.items():
            inner = f"{where}.{key}" if where else str(key)
            if type(value) is str:
                found.append((inner or "(case)", value))
            else:
                _collect_sources(value, inner, found)
    elif isinstance(data, list | tuple):
        for index, value in enumerate(data):
            inner = f"{where}[{index}]"
            if type(value) is str:
                found.append((inner or "(case)", value))
            else:
                _collect_sources(value, inner, found)
    elif isinstance(data, str):
        found.append((where or "(case)", data))


def _prune(data: object) -> object:
    """Drop keys left empty (``key = ""``), as in a freshly written case file: an empty value means "not known"."""
    if isinstance(data, Mapping):
        pruned = {k: _prune(v) for k, v in data.items() if not (isinstance(v, str) and not v.strip())}
        return {k: v for k, v in pruned.items() if not (isinstance(v, Mapping) and not v)}
    if isinstance(data, list):
        return [x for x in (_prune(v) for v in data) if not (isinstance(x, Mapping) and not x)]
    return data


def _service_reference(data: Mapping[str, Any]) -> dt.date | None:
    service = data.get("service")
    raw = service.get("served_on") if isinstance(service, Mapping) else None
    try:
        return _date(raw) if raw is not None else None
    except Exception:  # reported where the field is read
        return None


#: the one-party form and the list form of each side: [defendant] or [[defendants]] (the first, then co_defendants)
_SIDES = (("plaintiff", "plaintiffs", "co_plaintiffs"), ("defendant", "defendants", "co_defendants"))


def _party_lists(data: Mapping[str, Any], name: str | None) -> tuple[Mapping[str, Any], tuple[str, ...]]:
    """``[[defendants]]`` -> ``defendant`` (the first) and ``co_defendants`` (the rest); the same for plaintiffs.
    Returns the data and the sides given as lists (so problems are reported under the list's paths)."""
    if not isinstance(data, Mapping):
        return data, ()
    out, listed = dict(data), []
    for one, many, rest in _SIDES:
        if many not in out:
            continue
        parties = out.pop(many)
        if one in out:
            raise CaseError(
                [
                    Problem(
                        many, None, f"[{one}]与[[{many}]]只能填写一种", f"give either [{one}] or [[{many}]], not both"
                    )
                ],
                source=name,
            )
        if not isinstance(parties, list) or not parties:
            raise CaseError(
                [Problem(many, parties, "应为至少一项的列表", "expected a list of at least one party")], source=name
            )
        out[one], out[rest] = parties[0], parties[1:]
        listed.append(many)
    return out, tuple(listed)


def _listed_path(problem: Problem, listed: tuple[str, ...]) -> Problem:
    """A problem of a party given in a list, under the list's path (defendants[1].name, not co_defendants[0])."""
    field = problem.field
    for one, many, rest in _SIDES:
        if many not in listed:
            continue
        if field == one or field.startswith(f"{one}."):
            field = f"{many}[0]{field[len(one) :]}"
        found = re.match(rf"{rest}\[(\d+)\](.*)", field)
        if found:
            field = f"{many}[{int(found.group(1)) + 1}]{found.group(2)}"
    return attrs.evolve(problem, field=field) if field != problem.field else problem


def load_case(source: CaseSource) -> model.Case:
    """Read a case from a .toml or .json file, or from a dict with the same keys.

    Raises :class:`CaseError` listing every problem (path, raw value, what was expected) at once.
    """
    name: str | None = None
    if isinstance(source, Mapping):
        data: Mapping[str, Any] = source
    else:
        path = Path(source)
        name = str(path)
        data = read_file(path)
    tidy = _tidy(data)
    if tidy is None:  # a shape problem, or containers other than dict and list: the separate walks
        shape = _shape_problems(data)
        if shape:
            raise CaseError(shape, source=name)
        data = _prune(data)  # type: ignore[assignment]
    else:
        data, sources = tidy
    data, listed = _party_lists(data, name)
    if tidy is None or listed:  # the paths of the data as read, not as given ([[defendants]] moved)
        sources = _sources(data)
    token = _reference.set(_service_reference(data))
    try:
        case = _CONVERTER.structure(data, model.Case)
    except (ExceptionGroup, ForbiddenExtraKeysError, ValueError) as exc:  # cattrs' groups; ours are ValueErrors
        problems = [_listed_path(p, listed) for p in _problems(exc, (), data)]
        raise CaseError(problems, source=name) from None
    except Exception as exc:  # anything else a hostile value provokes is still a problem of the case file
        raise CaseError(
            [Problem("(case)", None, f"无法读取案件:{type(exc).__name__}", f"cannot read the case: {exc!r}")],
            source=name,
        ) from None
    finally:
        _reference.reset(token)
    return attrs.evolve(case, source=dict(sources))
