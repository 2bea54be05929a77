"""Every example table of docs/parsing.md is what the code does.

A table follows a ``<!-- doctable: NAME -->`` line. For a parser NAME each row is ``| `input` | `value` |``
(or ``| `input` | `reference` | `value` |`` for parse_date), the value shown as :func:`_show` writes it, or
``ParseError: <reason> / <reason_en>``. For ``eval`` each row is ``| `call` | `result` |``.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from pathlib import Path

import pytest

import summons_kit.fields as fields
from summons_kit.errors import ParseError

DOC = Path(__file__).resolve().parents[1] / "docs" / "parsing.md"
_MARK = re.compile(r"<!-- doctable: (\w+) -->")
_CODE = re.compile(r"^`(.*)`$")


def _tables() -> list[tuple[str, list[str]]]:
    """(function name, cells) for every row of every marked table."""
    rows: list[tuple[str, list[str]]] = []
    lines = DOC.read_text(encoding="utf-8").splitlines()
    for i, line in enumerate(lines):
        mark = _MARK.fullmatch(line.strip())
        if not mark:
            continue
        for row in lines[i + 3 :]:  # skip the header and the |---| line
            if not row.startswith("|"):
                break
            rows.append((mark[1], [cell.strip() for cell in row.strip().strip("|").split(" | ")]))
    return rows


def _unquote(cell: str) -> str:
    if cell == "(empty)":
        return ""
    m = _CODE.match(cell)
    assert m, f"a table cell should be `code`: {cell!r}"
    return m[1]


def _show(name: str, value: object) -> str:
    """How the docs show a parsed value."""
    if isinstance(value, dt.datetime):
        return value.isoformat(sep=" ", timespec="seconds" if value.second else "minutes")
    if isinstance(value, fields.IdNumber):
        return f"{value.value} · {value.birth} · {value.gender}"
    if isinstance(value, fields.CaseNumber):
        return f"{value.year} · {value.court_code} · {value.type_code} · {value.number}"
    if isinstance(value, fields.Rate):
        if value.period == "lpr":
            return f"{value.lpr_multiple} × LPR"
        days = f" ({value.day_count} days)" if value.day_count else ""
        return f"{value.period} · {value.annual} % a year{days}"
    if isinstance(value, fields.ClaimInfo):
        text = ", ".join(k.value for k in value.kinds)
        text += f" · {value.amount if value.amount is not None else 'no amount'}"
        text += f" · from {value.interest_from}" if value.interest_from else ""
        text += f" · to {value.interest_to}" if value.interest_to else ""
        return text + (f" · {_show(name, value.rate)}" if value.rate else "")
    return value.isoformat() if isinstance(value, dt.date) else str(value)


ROWS = _tables()
NAMESPACE = {"date": dt.date, "datetime": dt.datetime, "Decimal": Decimal} | {
    name: getattr(fields, name) for name in fields.__all__
}


def test_the_doc_has_tables_for_every_parser() -> None:
    names = {name for name, _ in ROWS}
    assert names >= {
        "parse_date",
        "parse_amount",
        "parse_id_number",
        "parse_credit_code",
        "normalize_phone",
        "parse_case_number",
        "parse_rate",
        "parse_claim",
        "eval",
    }
    assert len(ROWS) > 150


@pytest.mark.parametrize(("name", "cells"), ROWS, ids=[f"{n}:{c[0]}" for n, c in ROWS])
def test_doc_row(name: str, cells: list[str]) -> None:
    if name == "eval":
        call, result = (_unquote(c) for c in cells)
        assert str(eval(call, NAMESPACE)) == result  # our own doc's examples
        return
    parser = getattr(fields, name)
    text, shown = _unquote(cells[0]), cells[-1]
    args = (text, dt.date.fromisoformat(_unquote(cells[1]))) if len(cells) == 3 else (text,)
    if shown.startswith("ParseError: "):
        with pytest.raises(ParseError) as err:
            parser(*args)
        assert f"ParseError: {err.value.reason} / {err.value.reason_en}" == shown
    else:
        assert _show(name, parser(*args)) == _unquote(shown)
