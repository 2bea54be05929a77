"""The sheet ``summons-kit init --sheet`` writes: the columns, the bundled example as the first row, and a second
worksheet explaining each column (from the comments of the annotated case file, case_template.toml)."""

from __future__ import annotations

import csv
import datetime as dt
import io
import math
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from summons_kit.case.sheet import column_letter, flatten

__all__ = ["column_descriptions", "describe", "write_sheet"]

_TEMPLATE = Path(__file__).with_name("case_template.toml")
_LINE = re.compile(r"^#?\s*(\[\[?[\w.]+\]\]?|[\w]+)\s*(?:=[^#]*)?#\s*(.+)$")
_SECTION = re.compile(r"^#?\s*\[\[?([\w.]+)\]\]?")


def column_descriptions() -> dict[str, str]:
    """What each case-file key means, from the comments of the annotated case file ``summons-kit init`` writes:
    ``{"court.name": "受诉法院,如…/ court name", "claims.text": …}`` (list items without their number)."""
    found: dict[str, str] = {}
    section = ""
    for line in _TEMPLATE.read_text(encoding="utf-8").splitlines():
        header = _SECTION.match(line.strip())
        if header and "=" not in line.split("#")[0 if not line.startswith("#") else 1]:
            section = header[1]
            comment = line.split("#")[-1].strip() if line.count("#") > (1 if line.startswith("#") else 0) else ""
            if comment:
                found.setdefault(section, comment)
            continue
        match = _LINE.match(line.strip())
        if match and not match[1].startswith("["):
            found.setdefault(f"{section}.{match[1]}" if section else match[1], match[2].strip())
    return found


def describe(column: str, descriptions: Mapping[str, str]) -> str:
    """The description of a sheet column: its key's own, else its section's, else a pointer to the docs."""
    key = ".".join(p for p in column.split(".") if not p.isdigit())
    if key in descriptions:
        return descriptions[key]
    parts = key.split(".")
    for known, text in descriptions.items():  # defence.facts.rate.text reads as defence.items.interest.text
        other = known.split(".")
        if len(other) == len(parts) > 2 and other[-1] == parts[-1] and other[0] == parts[0]:
            if sum(a != b for a, b in zip(other, parts, strict=True)) <= 2:
                return text
    for end in range(len(parts) - 1, 0, -1):
        section = ".".join(parts[:end])
        if section in descriptions:
            return f"[{section}] {descriptions[section]};{SEE_CASE_FILE}"
    return SEE_CASE_FILE


#: where a column is explained: a page of the docs site (pip users have no docs/ folder)
SEE_CASE_FILE = "详见文档“The case file”页 / see the docs page 'The case file' (docs/case-file.md)"


def write_sheet(
    path: Path | str,
    example: Mapping[str, Any],
    descriptions: Mapping[str, str],
    *,
    force: bool = False,
) -> Path:
    """Write a sheet to fill in: the header row (the example's dotted keys), one example row, and (in a .xlsx) a
    second worksheet ``说明 columns`` describing each column; a .csv gets the header and example row only.

    Without ``force`` an existing file is never replaced (FileExistsError).
    """
    from summons_kit.atomic import exists_error, write_atomic

    target = Path(path)
    if target.exists() and not force:
        raise exists_error(target)
    flat = flatten(example)
    columns = list(flat)
    example_row = [_shown(flat[c]) for c in columns]
    suffix = target.suffix.lower()
    if suffix == ".csv":
        text = io.StringIO()
        writer = csv.writer(text)
        writer.writerow(columns)
        writer.writerow(example_row)
        return write_atomic(("\ufeff" + text.getvalue()).encode("utf-8"), target, force=force)
    if suffix != ".xlsx":
        raise ValueError(f"表格应为 .xlsx 或 .csv 文件 / the sheet to write is a .xlsx or .csv file: {target}")
    try:
        import openpyxl  # type: ignore[import-untyped]
        from openpyxl.styles import Font  # type: ignore[import-untyped]
    except ImportError:
        raise ValueError(
            "写出 .xlsx 需要安装 openpyxl:pip install 'summons_kit[batch]' / "
            "writing .xlsx needs openpyxl: pip install 'summons_kit[batch]' (or give a .csv file name)"
        ) from None
    book = openpyxl.Workbook()
    cases = book.active
    cases.title = "cases"
    cases.append(columns)
    cases.append(example_row)
    for cell in cases[1]:
        cell.font = Font(bold=True)
    for index, column in enumerate(columns):
        letter = column_letter(index)
        cases.column_dimensions[letter].width = max(14, min(40, len(column) + 4))
        cases[f"{letter}2"].number_format = "@"  # text: an identifier typed here is never turned into a number
    for index in range(len(columns)):
        # every column is text until the user changes it, so 身份证号 and 案号 keep every digit
        cases.column_dimensions[column_letter(index)].number_format = "@"
    notes = book.create_sheet("说明 columns")
    notes.append(["列 / column", "说明 / meaning", "示例 / example"])
    for cell in notes[1]:
        cell.font = Font(bold=True)
    notes.append(
        [
            "(全部 / all)",
            "每行一个案件;空单元格表示“不知道”;列表项从1编号(claims.1.text);编号、身份证号请用文本格式。 / "
            "One case per row; an empty cell means not known; list items are numbered from 1 (claims.1.text); "
            "keep identifiers as text.",
            "",
        ]
    )
    for column, shown in zip(columns, example_row, strict=True):
        notes.append([column, describe(column, descriptions), shown])
    notes.column_dimensions["A"].width = 34
    notes.column_dimensions["B"].width = 90
    notes.column_dimensions["C"].width = 40
    buffer = io.BytesIO()
    book.save(buffer)
    return write_atomic(buffer.getvalue(), target, force=force)


def _shown(value: object) -> object:
    if isinstance(value, bool | int | str):
        return value
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float) and math.isfinite(value):
        return repr(value)
    return str(value)
