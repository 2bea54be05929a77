"""Many cases in one sheet: rows of a .xlsx, .csv or .jsonl file -> the dicts :func:`load_case` reads.

A sheet's columns are the case file's dotted keys (``plaintiff.name``, ``service.served_on``, ``claims.1.text``:
list items are numbered from 1); a .jsonl line is one case, nested as a JSON case file holds it or flat with
dotted keys. An empty cell means "not known" (None, an empty or blank text, a NaN from pandas).

Spreadsheet values are converted without losing anything: a whole number (3.0) becomes 3, any other number its
shortest text (12345.6 -> "12345.6", which the loader reads as Decimal("12345.60")), a date with no time of day a
date. A number in an identifier column (``id_number``, ``credit_code``, ``case_number``, ``phone`` …) is refused,
naming the cell: a spreadsheet keeps 15 significant digits, so 440104199104235116 stored as a number is already
440104199104235100 — never silently rounded, the user formats the column as text and types it again.

Rows are read one at a time (a 100,000-row sheet is never held in memory); a row that cannot be read becomes a
:class:`Row` carrying its :class:`~summons_kit.errors.CaseError`, so one bad row never stops the others.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from decimal import Decimal
from functools import lru_cache
from pathlib import Path
from typing import Any

import attrs

from summons_kit.errors import CaseError, Problem

__all__ = [
    "SHEET_SUFFIXES",
    "Row",
    "cell_value",
    "column_letter",
    "column_of",
    "flatten",
    "is_blank",
    "lookup",
    "read_row",
    "read_sheet",
    "unflatten",
]

SHEET_SUFFIXES = (".xlsx", ".csv", ".jsonl")

#: the last key of a column whose value is an identifier: a number there may have been rounded by the spreadsheet
_IDENTIFIER = re.compile(r"(?:^|_)(?:number|code|phone|id)$")
#: more significant digits than a spreadsheet's double keeps exactly
_EXACT_DIGITS = 15


@attrs.frozen
class Row:
    """One case of a sheet: ``number`` is the row (xlsx, csv: as the spreadsheet numbers it, the header is row 1)
    or line (.jsonl) it came from; ``data`` the nested dict for :func:`load_case`, or ``error`` why the row could
    not be read (then ``data`` holds what could be read, for naming the case)."""

    number: int
    data: Mapping[str, Any]
    error: CaseError | None = None
    source: str = ""

    @property
    def where(self) -> str:
        """第5行 / row 5 (with the file when known)."""
        head = f"{self.source} " if self.source else ""
        return f"{head}第{self.number}行 / row {self.number}"


def is_blank(value: object) -> bool:
    """An empty cell: None, a blank text, NaN (pandas' missing number), pandas' NA/NaT."""
    if value is None:
        return True
    if isinstance(value, str):
        return not value.strip()
    if isinstance(value, float | Decimal):
        return bool(value != value)  # NaN
    return type(value).__name__ in {"NAType", "NaTType"}


def column_letter(index: int) -> str:
    """The spreadsheet letter of a 0-based column index: 0 -> A, 27 -> AB."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def _problem(column: str, cell: str, value: object, zh: str, en: str) -> Problem:
    where = f"单元格 {cell}" if cell else ""
    where_en = f"cell {cell}" if cell else ""
    return Problem(column, value, f"{where}:{zh}" if where else zh, f"{where_en}: {en}" if where_en else en)


def cell_value(value: object, column: str, cell: str = "", *, spreadsheet: bool = True) -> object:
    """A cell's value as the loader reads it (None for an empty cell); ValueError carrying a :class:`Problem`
    when a number cannot be taken as it stands (see the module's doc)."""
    if type(value).__module__ == "numpy" and hasattr(value, "item"):  # numpy.int64, numpy.float64, numpy.bool_
        value = value.item()
    if is_blank(value):
        return None
    if isinstance(value, bool | str):
        return value
    if isinstance(value, dt.datetime):
        moment: dt.datetime = value.to_pydatetime() if hasattr(value, "to_pydatetime") else value  # pandas' Timestamp
        return moment.date() if moment.time() == dt.time(0) and moment.tzinfo is None else moment
    if isinstance(value, dt.date):
        return value
    last = column.rsplit(".", 1)[-1]
    if isinstance(value, int | float | Decimal):
        if _IDENTIFIER.search(last) and (spreadsheet or isinstance(value, float)):
            raise _Refused(
                _problem(
                    column,
                    cell,
                    value,
                    "编号存成了数字,表格软件可能已改动其末几位;请把该列设为“文本”格式后重新填写",
                    "an identifier stored as a number (a spreadsheet may already have changed its last digits); "
                    "format the column as text and type it again",
                )
            )
        if isinstance(value, int):
            return value
        number = Decimal(repr(value)) if isinstance(value, float) else value
        if not number.is_finite():
            raise _Refused(_problem(column, cell, value, "不是有限的数", "not a finite number"))
        if number == number.to_integral_value():
            if len(str(abs(int(number)))) > _EXACT_DIGITS and isinstance(value, float):
                raise _Refused(
                    _problem(
                        column,
                        cell,
                        value,
                        f"数字超过{_EXACT_DIGITS}位,表格无法精确保存;请设为“文本”格式后填写",
                        f"a number of more than {_EXACT_DIGITS} digits cannot be stored exactly; "
                        "format the cell as text",
                    )
                )
            return int(number)
        return format(number, "f")  # the shortest text of the float: 12345.6, never 12345.599999…
    if isinstance(value, dt.time | dt.timedelta):
        raise _Refused(_problem(column, cell, value, "只有时刻没有日期,请填写完整日期", "a time of day without a date"))
    return str(value)


class _Refused(ValueError):
    def __init__(self, problem: Problem) -> None:
        self.problem = problem
        super().__init__(str(problem))


# --- dotted keys <-> nested -------------------------------------------------------------------------------------------


@lru_cache(maxsize=4096)  # a sheet's columns: the same keys row after row
def _parts(key: str) -> tuple[str | int, ...]:
    return tuple(int(p) if p.isdigit() else p for p in key.strip().split("."))


@lru_cache(maxsize=4096)
def _key(key: str) -> tuple[tuple[str | int, ...], str]:
    """A column's parts, and what is wrong with it: "dotted" (an empty part, or a number first), "zero" (an item
    numbered 0) or ""."""
    parts = _parts(key)
    if any(p == "" for p in parts) or isinstance(parts[0], int):
        return parts, "dotted"
    return parts, "zero" if any(p == 0 for p in parts) else ""


def unflatten(items: Iterable[tuple[str, object]], cells: Mapping[str, str] | None = None) -> dict[str, Any]:
    """``{"plaintiff.name": "A", "claims.1.text": "B"}`` items -> ``{"plaintiff": {"name": "A"}, "claims":
    [{"text": "B"}]}``. Empty values are left out; a numbered part is a list item counted from 1.

    Raises :class:`CaseError` naming the column (and the cell, from ``cells``) when two columns clash
    (``plaintiff`` and ``plaintiff.name``), an item number is 0, or an item is missing before a later one.
    """
    cells = cells or {}
    tree: dict[Any, Any] = {}
    problems: list[Problem] = []
    for key, value in items:
        if is_blank(value):
            continue
        parts, fault = _key(key)
        if fault == "dotted":
            problems.append(
                _problem(
                    key, cells.get(key, ""), value, "列名应为“节.键”形式", "a column is named section.key (dotted)"
                )
            )
            continue
        if fault == "zero":
            problems.append(_problem(key, cells.get(key, ""), value, "序号从1开始", "list items are numbered from 1"))
            continue
        node = tree
        clash = False
        for part in parts[:-1]:
            child = node.setdefault(part, {})
            if not isinstance(child, dict):
                clash = True
                break
            node = child
        if clash or (parts[-1] in node and isinstance(node[parts[-1]], dict)) or parts[-1] in node:
            problems.append(
                _problem(
                    key,
                    cells.get(key, ""),
                    value,
                    "与另一列指向同一项",
                    "another column sets the same item (or a part of it)",
                )
            )
            continue
        node[parts[-1]] = value
    result = _lists(tree, (), problems)
    if problems:
        raise CaseError(problems)
    assert isinstance(result, dict)
    return result


def _lists(node: object, path: tuple[str | int, ...], problems: list[Problem]) -> object:
    if not isinstance(node, dict):
        return node
    converted = {k: _lists(v, (*path, k), problems) if type(v) is dict else v for k, v in node.items()}
    numbers = [k for k in converted if isinstance(k, int)]
    if not numbers:
        return converted
    where = ".".join(str(p) for p in path)
    if len(numbers) != len(converted):
        problems.append(
            Problem(where, None, "既有编号项又有命名键", "both numbered items and named keys under one key")
        )
        return {str(k): v for k, v in converted.items()}
    wanted = range(1, max(numbers) + 1)
    gaps = [n for n in wanted if n not in converted]
    if gaps:
        shown = ", ".join(f"{where}.{n}" for n in gaps)
        problems.append(
            Problem(
                where,
                None,
                f"缺少第 {', '.join(map(str, gaps))} 项而有后面的项({shown} 为空);编号须连续",
                f"item(s) {shown} empty while a later item is filled: number the items without gaps",
            )
        )
    return [converted[n] for n in wanted if n in converted]


def flatten(data: Mapping[str, Any]) -> dict[str, Any]:
    """The inverse of :func:`unflatten`: ``{"claims": [{"text": "B"}]}`` -> ``{"claims.1.text": "B"}``."""
    flat: dict[str, Any] = {}

    def walk(value: object, prefix: str) -> None:
        if isinstance(value, Mapping):
            for key, inner in value.items():
                walk(inner, f"{prefix}.{key}" if prefix else str(key))
        elif isinstance(value, list | tuple):
            for index, inner in enumerate(value, start=1):
                walk(inner, f"{prefix}.{index}")
        else:
            flat[prefix] = value

    walk(data, "")
    return flat


def lookup(data: Mapping[str, Any], key: str) -> object:
    """The value at a dotted key (``court.case_number``, ``claims.1.text``) in nested data, None when absent."""
    node: object = data
    for part in _parts(key):
        if isinstance(part, int) and isinstance(node, list | tuple):
            node = node[part - 1] if 0 < part <= len(node) else None
        elif isinstance(node, Mapping):
            node = node.get(str(part))
        else:
            return None
    return node


_BRACKET = re.compile(r"\[(\d+)\]")


def column_of(field: str) -> str:
    """A loader field path as a sheet column: ``claims[0].text`` -> ``claims.1.text``."""
    return _BRACKET.sub(lambda m: f".{int(m[1]) + 1}", field)


# --- reading ----------------------------------------------------------------------------------------------------------


def _header(cells: Sequence[object], source: str) -> list[str]:
    names = ["" if is_blank(c) else str(c).strip() for c in cells]
    seen: dict[str, int] = {}
    problems = []
    for index, name in enumerate(names):
        if name and name in seen:
            problems.append(
                Problem(
                    name,
                    None,
                    f"列名重复(第 {column_letter(seen[name])} 列和第 {column_letter(index)} 列)",
                    f"the column appears twice (columns {column_letter(seen[name])} and {column_letter(index)})",
                )
            )
        seen.setdefault(name, index)
    if not any(names):
        problems.append(Problem("(header)", None, "第一行应为列名", "the first row must name the columns"))
    if problems:
        raise CaseError(problems, source=source)
    return names


def _row(
    names: list[str], cells: Sequence[object], number: int, source: str, *, spreadsheet: bool, letters: bool
) -> Row:
    items: list[tuple[str, object]] = []
    where: dict[str, str] = {}
    problems: list[Problem] = []
    for index, value in enumerate(cells):
        name = names[index] if index < len(names) else ""
        cell = f"{column_letter(index)}{number}" if letters else ""  # a .csv: the row is in the error's source
        if type(value) is str and name:  # most cells: a text, taken as it is (cell_value's first case)
            where[name] = cell
            items.append((name, value if value.strip() else None))
            continue
        if not name:
            if not is_blank(value):
                problems.append(
                    _problem(f"(列/column {index + 1})", cell, value, "该列没有列名", "the column has no name")
                )
            continue
        where[name] = cell
        try:
            items.append((name, cell_value(value, name, cell, spreadsheet=spreadsheet)))
        except _Refused as refused:
            problems.append(refused.problem)
    return _assembled(items, where, problems, number, source)


def _assembled(
    items: list[tuple[str, object]], where: Mapping[str, str], problems: list[Problem], number: int, source: str
) -> Row:
    try:
        data = unflatten(items, where)
    except CaseError as error:
        problems.extend(error.problems)
        data = {}
    if problems:
        readable = dict(items)
        try:
            data = unflatten((k, v) for k, v in readable.items() if k in where and k not in _bad(problems))
        except CaseError:
            data = {}
        named = f"{source} 第{number}行 / row {number}".strip() if number else (source or None)
        return Row(number, data, CaseError(problems, source=named), source)
    return Row(number, data, None, source)


def _bad(problems: Iterable[Problem]) -> set[str]:
    return {p.field for p in problems}


def _xlsx_rows(path: Path) -> Iterator[tuple[int, Sequence[object]]]:
    try:
        from python_calamine import CalamineWorkbook
    except ImportError:
        pass
    else:
        sheet = CalamineWorkbook.from_path(str(path)).get_sheet_by_index(0)
        # calamine's rows start at row 1 but at the first column used: pad them so B is still B
        start = sheet.start
        pad: list[object] = [None] * (start[1] if start else 0)
        for number, cells in enumerate(sheet.iter_rows(), start=1):
            yield number, pad + list(cells)
        return
    try:
        import openpyxl  # type: ignore[import-untyped]
    except ImportError:
        raise CaseError(
            [
                Problem(
                    "(file)",
                    str(path),
                    "读取 .xlsx 需要安装 python-calamine 或 openpyxl:pip install 'summons_kit[batch]'",
                    "reading .xlsx needs python-calamine or openpyxl: pip install 'summons_kit[batch]'",
                )
            ]
        ) from None
    book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    try:
        for number, cells in enumerate(book.worksheets[0].iter_rows(values_only=True), start=1):
            yield number, cells
    finally:
        book.close()


def _csv_rows(path: Path) -> Iterator[tuple[int, Sequence[object]]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.reader(handle)
        for cells in reader:
            yield reader.line_num, cells


def _jsonl(path: Path, source: str) -> Iterator[Row]:
    with path.open(encoding="utf-8-sig") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                value = json.loads(line)
            except json.JSONDecodeError as exc:
                problem = Problem("(line)", line.strip()[:80], f"JSON 格式错误:{exc}", f"JSON syntax error: {exc}")
                yield Row(number, {}, CaseError([problem], source=f"{source} 第{number}行 / line {number}"), source)
                continue
            if not isinstance(value, dict):
                problem = Problem("(line)", None, "每行应为一个 JSON 对象", "each line must be one JSON object")
                yield Row(number, {}, CaseError([problem], source=f"{source} 第{number}行 / line {number}"), source)
                continue
            yield read_row(value, number, source)


def read_row(data: Mapping[str, Any], number: int = 0, source: str = "") -> Row:
    """One case given as a mapping — nested as a case file, flat with dotted keys (a pandas row:
    ``df.to_dict("records")``), or both — as a :class:`Row`: values converted as a sheet's cells are (NaN is
    empty, numpy numbers are plain numbers; a non-whole number in an identifier is refused)."""
    items: list[tuple[str, object]] = []
    problems: list[Problem] = []
    for key, inner in flatten(data).items():  # nested and dotted keys alike become dotted keys
        try:
            items.append((key, cell_value(inner, key, "", spreadsheet=False)))
        except _Refused as refused:
            problems.append(refused.problem)
    return _assembled(items, {k: "" for k, _ in items}, problems, number, source)


def read_sheet(path: Path | str) -> Iterator[Row]:
    """The cases in a .xlsx (first worksheet), .csv (UTF-8) or .jsonl file, one :class:`Row` at a time.

    Raises :class:`CaseError` at once (when called, before any row) for a file that cannot be used at all: not
    found, an unknown suffix, a header row with a duplicate column. A single bad row is yielded with its
    ``error``.
    """
    path = Path(path)
    source = str(path)
    suffix = path.suffix.lower()
    if suffix not in SHEET_SUFFIXES:
        raise CaseError(
            [
                Problem(
                    "(file)",
                    source,
                    f"表格应为 {' / '.join(SHEET_SUFFIXES)} 文件",
                    f"a sheet is a {' / '.join(SHEET_SUFFIXES)} file",
                )
            ]
        )
    if not path.is_file():
        raise CaseError([Problem("(file)", source, "找不到表格文件", "sheet file not found")])
    if suffix == ".jsonl":
        return _jsonl(path, source)
    try:
        rows = _xlsx_rows(path) if suffix == ".xlsx" else _csv_rows(path)
        names: list[str] | None = None
        for _number, cells in rows:
            if not all(is_blank(c) for c in cells):
                names = _header(cells, source)
                break
    except (OSError, UnicodeDecodeError, csv.Error, ValueError) as exc:
        if isinstance(exc, CaseError):
            raise
        raise CaseError([Problem("(file)", source, f"无法读取表格:{exc}", f"cannot read the sheet: {exc}")]) from None
    if names is None:
        raise CaseError([Problem("(file)", source, "表格是空的", "the sheet is empty")])
    return _data_rows(rows, names, source, xlsx=suffix == ".xlsx")


def _data_rows(
    rows: Iterator[tuple[int, Sequence[object]]], names: list[str], source: str, *, xlsx: bool
) -> Iterator[Row]:
    for number, cells in rows:
        if all(is_blank(c) for c in cells):
            continue
        yield _row(names, cells, number, source, spreadsheet=xlsx, letters=xlsx)
