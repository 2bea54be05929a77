"""The working-day calendar: weekends, holidays, 调休 working days, coverage and user arrangements."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from summons_kit.errors import ParseError
from summons_kit.law.calendar import DEFAULT, Calendar, is_working_day, next_working_day

D = dt.date


@pytest.mark.parametrize(
    ("day", "working"),
    [
        (D(2024, 2, 4), True),  # Sunday made a working day before the 2024 Spring Festival
        (D(2024, 2, 12), False),  # Spring Festival 2024
        (D(2024, 2, 18), True),  # Sunday made a working day after it
        (D(2024, 2, 29), True),  # leap day, an ordinary Thursday
        (D(2024, 9, 29), True),  # Sunday working day before National Day 2024
        (D(2024, 10, 7), False),
        (D(2024, 10, 12), True),  # Saturday working day
        (D(2025, 1, 26), True),  # Sunday working day before the 2025 Spring Festival
        (D(2025, 1, 28), False),  # 除夕 2025, a holiday since the 2024 revision
        (D(2025, 2, 8), True),  # Saturday working day
        (D(2025, 9, 28), True),  # Sunday working day before National Day 2025
        (D(2025, 10, 1), False),
        (D(2025, 10, 8), False),
        (D(2025, 10, 11), True),  # Saturday working day
        (D(2025, 10, 12), False),  # an ordinary Sunday
        (D(2026, 1, 4), True),  # Sunday working day after New Year 2026
        (D(2026, 2, 14), True),  # Saturday working day before the 2026 Spring Festival
        (D(2026, 2, 20), False),
        (D(2026, 2, 28), True),
        (D(2026, 9, 20), True),
        (D(2026, 10, 10), True),
        (D(2026, 10, 7), False),
    ],
)
def test_working_days_follow_the_state_council_arrangement(day: dt.date, working: bool) -> None:
    assert is_working_day(day) is working
    assert DEFAULT.is_working_day(day) is working


def test_next_working_day_rolls_over_national_day_but_not_past_a_working_weekend() -> None:
    assert next_working_day(D(2025, 10, 1)) == D(2025, 10, 9)
    assert next_working_day(D(2025, 9, 27)) == D(2025, 9, 28)  # Saturday -> the working Sunday after it
    assert next_working_day(D(2025, 9, 26)) == D(2025, 9, 26)
    assert next_working_day(D(2024, 2, 10)) == D(2024, 2, 18)


def test_swapped_workdays_are_recognised() -> None:
    assert DEFAULT.is_swapped_workday(D(2025, 9, 28))
    assert not DEFAULT.is_swapped_workday(D(2025, 9, 29))  # a Monday
    assert not DEFAULT.is_swapped_workday(D(2025, 10, 12))


def test_rest_reasons_name_the_holiday_or_weekday() -> None:
    assert DEFAULT.rest_reason(D(2025, 10, 1)) == "国庆节假期，星期三"
    assert DEFAULT.rest_reason(D(2025, 10, 4)) == "国庆节假期，星期六"  # a weekend inside the holiday week
    assert DEFAULT.rest_reason(D(2025, 9, 27)) == "星期六"
    assert DEFAULT.rest_reason(D(2026, 2, 20)) == "春节假期（调休），星期五"
    assert DEFAULT.rest_reason(D(2025, 9, 26)) == ""


def test_coverage_is_decided_from_the_installed_data() -> None:
    for year in (2001, 2019, 2024, 2025, 2026):
        assert DEFAULT.covers(year), year
    assert not DEFAULT.covers(2027)  # holidays lists 2027 holidays (estimated) but no 调休 working days
    assert not DEFAULT.covers(1999)


def test_years_needed_include_next_year_at_the_end_of_december() -> None:
    assert DEFAULT.years_needed(D(2026, 12, 16), D(2026, 12, 16)) == (2026,)
    assert DEFAULT.years_needed(D(2026, 12, 28), D(2026, 12, 28)) == (2026, 2027)
    assert DEFAULT.uncovered(D(2026, 12, 28), D(2026, 12, 28)) == (2027,)
    assert DEFAULT.uncovered(D(2025, 12, 29), D(2025, 12, 29)) == ()
    assert DEFAULT.uncovered(D(2027, 3, 25), D(2027, 3, 25)) == (2027,)


# A made-up 2027 arrangement for the tests (NOT the official one): National Day 10-01..10-07 off,
# Sunday 09-26 and Saturday 10-09 working.
ARRANGEMENT_2027 = {
    "2027": {
        "holidays": ["2027-01-01", "2027-02-05..2027-02-11", "2027-10-01..2027-10-07"],
        "workdays": ["2027-02-14", "2027-09-26", "2027-10-09"],
        "source": "test data",
    }
}


def test_a_supplied_year_replaces_the_estimated_data() -> None:
    calendar = Calendar.from_mapping(ARRANGEMENT_2027)
    assert calendar.covers(2027)
    assert calendar.is_working_day(D(2027, 9, 26))  # supplied working Sunday
    assert not DEFAULT.is_working_day(D(2027, 9, 26))
    assert not calendar.is_working_day(D(2027, 10, 6))
    assert DEFAULT.is_working_day(D(2027, 10, 6))  # the package's estimate ends the break on 10-05
    # the package's estimated "observed" day 2027-05-04 is not in the supplied list: a working day again
    assert not DEFAULT.is_working_day(D(2027, 5, 4))
    assert calendar.is_working_day(D(2027, 5, 4))
    assert calendar.next_working_day(D(2027, 10, 1)) == D(2027, 10, 8)
    assert calendar.rest_reason(D(2027, 10, 1)) == "法定休假日（用户提供的放假安排），星期五"
    # other years keep the official data
    assert calendar.next_working_day(D(2025, 10, 1)) == D(2025, 10, 9)


def test_with_arrangement_takes_dates() -> None:
    calendar = DEFAULT.with_arrangement(2027, [D(2027, 10, 1), D(2027, 10, 4)], [D(2027, 10, 9)])
    assert calendar.covers(2027) and calendar.supplied_years == frozenset({2027})
    assert calendar.is_working_day(D(2027, 10, 9))
    assert not calendar.is_working_day(D(2027, 10, 4))


def test_calendar_files_toml_and_json(tmp_path: Path) -> None:
    toml = tmp_path / "2027.toml"
    toml.write_text(
        "# 国务院办公厅关于2027年部分节假日安排的通知 (test data)\n"
        "[2027]\n"
        'holidays = ["2027-10-01..2027-10-07", 2027-01-01]\n'
        'workdays = ["2027-09-26", "2027-10-09"]\n',
        encoding="utf-8",
    )
    from_toml = Calendar.from_file(toml)
    assert from_toml.covers(2027) and from_toml.next_working_day(D(2027, 10, 1)) == D(2027, 10, 8)
    assert not from_toml.is_working_day(D(2027, 1, 1))  # a native TOML date
    data = tmp_path / "2027.json"
    data.write_text(json.dumps(ARRANGEMENT_2027), encoding="utf-8")
    assert Calendar.from_file(data).is_working_day(D(2027, 9, 26))


@pytest.mark.parametrize(
    ("data", "field", "words"),
    [
        ({"2027": {"holidays": ["2027-13-01"]}}, "2027.holidays[0]", "YYYY-MM-DD"),
        ({"2027": {"workdays": ["2027-10-08"]}}, "2027.workdays", "星期六或星期日"),  # a Friday
        ({"2027": {"holidays": ["2027-10-09"], "workdays": ["2027-10-09"]}}, "2027.workdays", "既放假又上班"),
        ({"2027": {"holiday": ["2027-10-01"]}}, "2027", "holiday"),
        ({"twenty": {"holidays": []}}, "calendar", "年份"),
        ({"2027": {"holidays": ["2029-10-01"]}}, "2027.holidays", "不在2027年"),
        ({"2027": {"holidays": ["2027-10-07..2027-10-01"]}}, "2027.holidays[0]", "结束日早于开始日"),
        ({"2027": {"holidays": "2027-10-01"}}, "2027.holidays", "日期列表"),
    ],
)
def test_bad_arrangements_name_the_field_and_value(data: dict, field: str, words: str) -> None:
    with pytest.raises(ParseError) as caught:
        Calendar.from_mapping(data)
    assert caught.value.field == field
    assert words in str(caught.value)


def test_a_bad_calendar_file_is_reported(tmp_path: Path) -> None:
    broken = tmp_path / "bad.toml"
    broken.write_text("[2027\nholidays = [", encoding="utf-8")
    with pytest.raises(ParseError, match="文件格式错误"):
        Calendar.from_file(broken)
    other = tmp_path / "cal.txt"
    other.write_text("2027-10-01", encoding="utf-8")
    with pytest.raises(ParseError, match=r"\.toml 或 \.json"):
        Calendar.from_file(other)


def test_a_year_without_days_off_is_refused_and_the_installed_data_kept(tmp_path: Path) -> None:
    only_year = tmp_path / "2025.toml"
    only_year.write_text("[2025]\n", encoding="utf-8")
    with pytest.raises(ParseError) as caught:
        Calendar.from_file(only_year)
    assert caught.value.field == "2025.toml: 2025.holidays"
    assert "2025年的安排没有列出任何放假日期" in str(caught.value)
    assert "lists no days off" in str(caught.value)
    with pytest.raises(ParseError, match="2027年的安排没有列出任何放假日期"):
        Calendar.from_mapping({"2027": {"workdays": ["2027-09-26"]}})
    with pytest.raises(ParseError, match="没有列出任何放假日期") as direct:
        DEFAULT.with_arrangement(2025)
    assert direct.value.field == "holidays"
    assert DEFAULT.next_working_day(D(2025, 10, 1)) == D(2025, 10, 9)  # nothing was replaced


def test_the_calendar_tells_which_supplied_years_replace_installed_data() -> None:
    assert DEFAULT.installed_covers(2025) and not DEFAULT.installed_covers(2027)
    assert DEFAULT.replaced_years() == ()
    mixed = Calendar.from_mapping(ARRANGEMENT_2027).with_arrangement(
        2025, [D(2025, 10, 1) + dt.timedelta(days=n) for n in range(8)], [D(2025, 9, 28), D(2025, 10, 11)]
    )
    assert mixed.covers(2025) and mixed.installed_covers(2025)
    assert mixed.replaced_years() == (2025,)  # 2027 was not installed: supplying it replaces nothing official
    # only National Day was supplied: the other 2025 holidays are working days now
    differ = mixed.differences(2025)
    assert D(2025, 1, 1) in differ and D(2025, 1, 28) in differ and D(2025, 10, 1) not in differ
    assert mixed.differences(2025, limit=2) == differ[:2]
