"""Reading many cases from a sheet: dotted columns -> nested case dicts, empty cells, spreadsheet types."""

from __future__ import annotations

import csv
import datetime as dt
import json
import math
from decimal import Decimal
from pathlib import Path

import pytest

import summons_kit as sk
from summons_kit.case.load import read_file
from summons_kit.case.sheet import cell_value, column_of, flatten, read_sheet, unflatten
from summons_kit.case.sheet_template import column_descriptions, describe, write_sheet
from summons_kit.errors import CaseError

ROOT = Path(__file__).resolve().parent.parent
WEILIDAI = ROOT / "examples" / "weilidai" / "case.toml"

openpyxl = pytest.importorskip("openpyxl", reason="the .xlsx tests need openpyxl (pip install 'summons_kit[batch]')")


def _csv(path: Path, header: list[str], *rows: list[object]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows(rows)
    return path


def _xlsx(path: Path, header: list[str], *rows: list[object]) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(header)
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def test_dotted_columns_become_the_nested_case_file_with_lists_counted_from_1() -> None:
    data = unflatten(
        [
            ("plaintiff.name", "某银行"),
            ("claims.1.text", "判令被告偿还本金1,000元"),
            ("claims.2.text", "判令被告承担诉讼费"),
            ("defence.points.1.evidence.1", 2),
            ("defence.points.1.title", "利息过高"),
        ]
    )
    assert data == {
        "plaintiff": {"name": "某银行"},
        "claims": [{"text": "判令被告偿还本金1,000元"}, {"text": "判令被告承担诉讼费"}],
        "defence": {"points": [{"evidence": [2], "title": "利息过高"}]},
    }


def test_the_bundled_example_survives_flatten_and_unflatten() -> None:
    data = read_file(WEILIDAI)
    assert unflatten(flatten(data).items()) == data
    assert flatten(data)["claims.2.text"].startswith("判令被告支付截至2026年9月30日的利息")


@pytest.mark.parametrize("empty", [None, "", "   ", math.nan, float("nan")])
def test_an_empty_cell_means_not_known(empty: object) -> None:
    data = unflatten([("plaintiff.name", "某银行"), ("defendant.phone", empty), ("loan.principal", empty)])
    assert data == {"plaintiff": {"name": "某银行"}}


def test_a_gap_in_the_numbered_items_names_the_empty_item() -> None:
    with pytest.raises(CaseError) as caught:
        unflatten([("claims.1.text", "甲"), ("claims.3.text", "丙")])
    assert "claims.2" in str(caught.value)


def test_two_columns_for_one_item_are_refused() -> None:
    with pytest.raises(CaseError) as caught:
        unflatten([("plaintiff", "某银行"), ("plaintiff.name", "某银行")])
    assert "plaintiff.name" in str(caught.value)


def test_numbers_from_a_spreadsheet_keep_their_exact_value() -> None:
    assert cell_value(12345.6, "loan.principal") == "12345.6"
    assert sk.parse_amount(cell_value(12345.6, "loan.principal")) == Decimal("12345.60")  # type: ignore[arg-type]
    assert cell_value(0.1 + 0.2, "loan.repaid") == "0.30000000000000004"  # never rounded behind the user's back
    assert cell_value(24.0, "loan.term_months") == 24
    assert cell_value(dt.datetime(2026, 11, 20), "service.served_on") == dt.date(2026, 11, 20)
    assert cell_value(dt.datetime(2026, 12, 22, 9, 30), "service.hearing") == dt.datetime(2026, 12, 22, 9, 30)


def test_an_identifier_stored_as_a_number_is_refused_naming_the_cell() -> None:
    with pytest.raises(ValueError) as caught:
        cell_value(4.401041991042351e17, "defendant.id_number", "F7")
    message = str(caught.value)
    assert "F7" in message and "defendant.id_number" in message and "文本" in message and "text" in message


def test_a_loader_field_path_is_shown_as_its_column() -> None:
    assert column_of("claims[0].text") == "claims.1.text"
    assert column_of("defence.points[2].evidence[0]") == "defence.points.3.evidence.1"


def test_csv_rows_are_read_one_case_each_with_their_row_numbers(tmp_path: Path) -> None:
    path = _csv(
        tmp_path / "cases.csv",
        ["court.case_number", "defendant.name", "loan.principal", "claims.1.text"],
        ["（2026）粤0391民初1号", "张三", "30000", "判令被告偿还本金"],
        ["", "", "", ""],
        ["（2026）粤0391民初2号", "李四", "", ""],
    )
    rows = list(read_sheet(path))
    assert [r.number for r in rows] == [2, 4]
    assert rows[0].data == {
        "court": {"case_number": "（2026）粤0391民初1号"},
        "defendant": {"name": "张三"},
        "loan": {"principal": "30000"},
        "claims": [{"text": "判令被告偿还本金"}],
    }
    assert rows[1].data == {"court": {"case_number": "（2026）粤0391民初2号"}, "defendant": {"name": "李四"}}
    assert sk.load_case(rows[0].data).loan.principal == Decimal("30000.00")


def test_xlsx_types_are_converted_and_a_numeric_id_is_refused(tmp_path: Path) -> None:
    path = _xlsx(
        tmp_path / "cases.xlsx",
        ["defendant.name", "defendant.id_number", "loan.principal", "service.served_on", "loan.term_months"],
        ["张三", "440104199104235116", 12345.6, dt.datetime(2026, 11, 20), 24],
        ["李四", 440104199104235116, 100, dt.datetime(2026, 11, 21), None],
    )
    first, second = read_sheet(path)
    assert first.error is None
    case = sk.load_case(first.data)
    assert case.loan.principal == Decimal("12345.60")
    assert case.service.served_on == dt.date(2026, 11, 20)
    assert case.loan.term_months == 24
    assert str(case.defendant.id_number) == "440104199104235116"
    assert second.error is not None
    assert "B3" in str(second.error) and "defendant.id_number" in str(second.error)
    assert second.data["defendant"]["name"] == "李四"  # what could be read still names the case


def test_jsonl_lines_nested_or_flat(tmp_path: Path) -> None:
    nested = read_file(WEILIDAI)
    flat = {"court.case_number": "（2026）粤0391民初7号", "defendant.name": "王五", "claims.1.text": "判令偿还"}
    path = tmp_path / "cases.jsonl"
    path.write_text(
        json.dumps(nested, ensure_ascii=False) + "\n\n" + json.dumps(flat, ensure_ascii=False) + "\n{oops\n",
        encoding="utf-8",
    )
    one, two, three = read_sheet(path)
    assert one.data == nested and one.number == 1
    assert two.data == {
        "court": {"case_number": "（2026）粤0391民初7号"},
        "defendant": {"name": "王五"},
        "claims": [{"text": "判令偿还"}],
    }
    assert two.number == 3
    assert three.error is not None and "JSON" in str(three.error) and three.number == 4


def test_an_unusable_sheet_is_refused_when_read(tmp_path: Path) -> None:
    with pytest.raises(CaseError, match="找不到表格文件"):
        read_sheet(tmp_path / "missing.csv")
    with pytest.raises(CaseError, match=r"\.xlsx"):
        read_sheet(tmp_path / "cases.ods")
    dup = _csv(tmp_path / "dup.csv", ["defendant.name", "defendant.name"], ["a", "b"])
    with pytest.raises(CaseError, match=r"defendant\.name"):
        read_sheet(dup)


def test_the_sheet_to_fill_in_has_the_example_row_and_explains_each_column(tmp_path: Path) -> None:
    target = write_sheet(tmp_path / "cases.xlsx", read_file(WEILIDAI), column_descriptions())
    book = openpyxl.load_workbook(target)
    cases, notes = book.worksheets
    header = [c.value for c in cases[1]]
    assert header[:3] == ["court.name", "court.case_number", "court.cause"]
    assert "claims.1.text" in header and "defence.points.1.evidence.1" in header
    (row,) = read_sheet(target)
    assert row.error is None
    assert sk.load_case(row.data) == sk.load_case(WEILIDAI)  # the example row is the bundled example
    explained = {r[0]: r[1] for r in notes.iter_rows(min_row=2, values_only=True)}
    assert explained["court.case_number"].startswith("案号")
    assert "公民身份号码" in explained["defendant.id_number"]
    assert all(explained[c] for c in header)
    with pytest.raises(FileExistsError):
        write_sheet(target, read_file(WEILIDAI), {})


def test_descriptions_reach_numbered_and_keyed_rows() -> None:
    found = column_descriptions()
    assert describe("defence.points.2.evidence.1", found) == found["defence.points.evidence"]
    assert describe("defence.facts.rate.disputed", found) == found["defence.items.interest.disputed"]


def test_cells_are_named_as_the_spreadsheet_shows_them_when_the_table_does_not_start_at_a1(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet["C3"], sheet["D3"] = "defendant.name", "defendant.id_number"
    sheet["C4"], sheet["D4"] = "张三", 440104199104235116
    book.save(tmp_path / "offset.xlsx")
    (row,) = read_sheet(tmp_path / "offset.xlsx")
    assert row.number == 4
    assert row.error is not None and "D4" in str(row.error)
    assert row.data == {"defendant": {"name": "张三"}}


def test_a_pandas_like_row_with_nan_and_numpy_numbers_reads_as_a_sheet_row() -> None:
    numpy = pytest.importorskip("numpy", reason="numpy is not installed")
    from summons_kit.case.sheet import read_row

    row = read_row(
        {
            "defendant.name": "张三",
            "defendant.phone": math.nan,
            "loan.term_months": numpy.int64(24),
            "loan.principal": numpy.float64(30000.5),
            "defendant.id_number": numpy.float64(4.401041991042351e17),
        }
    )
    assert row.data == {"defendant": {"name": "张三"}, "loan": {"term_months": 24, "principal": "30000.5"}}
    assert row.error is not None and "defendant.id_number" in str(row.error)


def test_without_calamine_openpyxl_reads_the_same_rows(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = _xlsx(
        tmp_path / "cases.xlsx",
        ["defendant.name", "defendant.id_number", "loan.principal", "service.served_on", "claims.1.text"],
        ["张三", "440104199104235116", 12345.6, dt.datetime(2026, 11, 20), "判令被告偿还本金"],
        ["李四", 440104199104235116, None, None, None],
    )
    with_calamine = list(read_sheet(path))
    monkeypatch.setitem(__import__("sys").modules, "python_calamine", None)  # import fails: the fallback is used
    without = list(read_sheet(path))
    assert [r.data for r in without] == [r.data for r in with_calamine]
    assert without[0].data["loan"] == {"principal": "12345.6"}
    assert without[1].error is not None and "B3" in str(without[1].error)
