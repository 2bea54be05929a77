"""Hostile case files: every one is refused with a CaseError naming the field, never another exception."""

from __future__ import annotations

import datetime as dt
import os
import time
from pathlib import Path

import pytest

from summons_kit.case.load import MAX_FILE_BYTES, load_case
from summons_kit.errors import CaseError, ParseError
from summons_kit.fields.claims import parse_claim, parse_rate
from summons_kit.fields.money import parse_amount

PLAN = {"months": 6, "first_due": "2026年1月1日"}


def _problem(source: object) -> tuple[str, object, str, str]:
    with pytest.raises(CaseError) as info:
        load_case(source)  # type: ignore[arg-type]
    (problem,) = info.value.problems
    return problem.field, problem.value, problem.message, problem.message_en


@pytest.mark.parametrize(
    ("data", "field", "value"),
    [
        ({"claims": "判令被告偿还借款本金10000元"}, "claims", "判令被告偿还借款本金10000元"),
        ({"instalment": {**PLAN, "attachments": "解除劳动合同证明"}}, "instalment.attachments", "解除劳动合同证明"),
        ({"instalment": {**PLAN, "attachments": {"证明": "x"}}}, "instalment.attachments", {"证明": "x"}),
        ({"evidence": {"name": "借条"}}, "evidence", {"name": "借条"}),
        ({"defence": {"points": [{"text": "甲", "evidence": "12"}]}}, "defence.points[0].evidence", "12"),
    ],
)
def test_a_string_or_table_where_a_list_is_expected_is_refused(data: dict, field: str, value: object) -> None:
    where, shown, zh, en = _problem(data)
    assert (where, shown) == (field, value)
    assert "expected a list" in en and "应为列表" in zh


def test_a_list_of_claims_still_loads() -> None:
    case = load_case({"claims": ["判令被告偿还借款本金10000元"]})
    assert [c.amount for c in case.claims] == [parse_amount("10000")]


def test_a_section_given_as_text_names_the_section() -> None:
    assert _problem({"court": "深圳市南山区人民法院"})[:2] == ("court", "深圳市南山区人民法院")


@pytest.mark.parametrize("day", [dt.date(9999, 12, 31), dt.date(3, 1, 1), dt.datetime(9999, 12, 31, 23, 59)])
def test_native_dates_are_range_checked_like_text_dates(day: dt.date) -> None:
    field, value, _zh, en = _problem({"service": {"served_on": day}})
    assert field == "service.served_on" and value == day
    assert "1900-2100" in en


def test_a_native_toml_date_near_9999_is_a_case_error(tmp_path: Path) -> None:
    path = tmp_path / "case.toml"
    path.write_text("[service]\nserved_on = 9999-12-31T23:59:59+14:00\n", encoding="utf-8")
    assert _problem(path)[0] == "service.served_on"
    path.write_text("[documents]\ndate = 0003-01-01\n", encoding="utf-8")
    assert _problem(path)[0] == "documents.date"


@pytest.mark.parametrize("suffix", [".toml", ".json"])
def test_deep_nesting_is_refused(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"case{suffix}"
    body = "[" * 2000 + "]" * 2000
    path.write_text(f"a = {body}" if suffix == ".toml" else f'{{"a": {body}}}', encoding="utf-8")
    assert "nested too deep" in _problem(path)[3]


def test_deep_nesting_in_a_dict_is_refused() -> None:
    data: dict = {}
    inner = data
    for _ in range(1000):
        inner["a"] = {}
        inner = inner["a"]
    assert "nested too deep" in _problem(data)[3]


def test_a_large_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "case.toml"
    path.write_text('court.cause = "' + "债" * MAX_FILE_BYTES + '"', encoding="utf-8")
    field, value, _zh, en = _problem(path)
    assert (field, value) == ("(file)", str(path)) and "larger than 1024 KiB" in en


def test_a_device_is_refused_without_reading_it() -> None:
    assert "not a regular file" in _problem("/dev/zero")[3]


def test_a_fifo_is_refused_without_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "case.toml"
    os.mkfifo(fifo)
    started = time.monotonic()
    assert "not a regular file" in _problem(fifo)[3]
    assert time.monotonic() - started < 5


def test_a_folder_is_refused(tmp_path: Path) -> None:
    assert "not a regular file" in _problem(tmp_path)[3]


def test_a_29_digit_amount_is_a_case_error() -> None:
    field, value, _zh, en = _problem({"claims": [{"text": "判令被告偿还本金", "amount": "1" * 29}]})
    assert (field, value) == ("claims[0].amount", "1" * 29) and "too large" in en
    with pytest.raises(ParseError):
        parse_amount("1" * 29 + "元")


@pytest.mark.parametrize(
    "char", ["\ud800", "\udfff", "\ufffe", "\uffff", "\ufdd0", "\U0010ffff", "\x00", "\x0b", "\x1b"]
)
def test_invalid_characters_are_refused_naming_the_field(char: str) -> None:
    field, _value, _zh, en = _problem({"court": {"cause": f"金融借款合同纠纷{char}"}})
    assert field == "court.cause"
    assert f"U+{ord(char):04X}" in en


def test_tabs_and_newlines_are_text() -> None:
    case = load_case({"instalment": {**PLAN, "reasons": "失业\n收入减少\t"}})
    assert case.instalment is not None and case.instalment.reasons == "失业\n收入减少"


def test_an_over_long_text_is_refused() -> None:
    assert "too long" in _problem({"court": {"cause": "债" * 200_000}})[3]


@pytest.mark.parametrize(
    ("parse", "text"),
    [
        (parse_claim, "判令被告偿还" + "1" * 16000),
        (parse_claim, "判令被告偿还" + "一" * 16000),
        (parse_claim, "一" * 16000 + "角"),
        (parse_rate, "LPR" + "1" * 16000),
        (parse_rate, "1" * 16000),
    ],
)
def test_long_digit_runs_are_parsed_in_linear_time(parse, text: str) -> None:
    started = time.monotonic()
    try:
        parse(text)
    except ParseError:
        pass
    assert time.monotonic() - started < 1.0  # was 20 s for 16,000 digits
