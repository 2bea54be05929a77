"""Working days in mainland China: weekends, official holidays and the State Council's swapped days (调休).

Built on the ``holidays`` package, whose China calendar carries the official arrangement (holidays and the
weekend days made working days) for the years the State Council has published. A user may supply a year's
arrangement (:meth:`Calendar.with_arrangement`, :meth:`Calendar.from_file`) when a notice is published before
the installed package knows it.

Coverage (:meth:`Calendar.covers`): a year is covered when the installed data lists at least one 调休 working
weekend day in it (every State Council notice since 2001 has had some; the package only lists them for
published years, while its holidays for later years are estimated by rule), or when the user supplied the
year's arrangement. Because the next year's notice may move the last days of December (e.g. the 2012 notice
made Saturday 2011-12-31 a working day), a period whose deciding days fall on or after 28 December also needs
the next year (:meth:`Calendar.years_needed`).

Basis: 民诉法 85 ¶3 (a period whose last day is a 法定休假日 ends on the first day after the holiday); State
Council annual notice on holiday arrangements (调休 working days count as working days; unverified).
"""

from __future__ import annotations

import datetime as dt
import json
import tomllib
from collections.abc import Iterable, Mapping
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

import attrs

from summons_kit.errors import ParseError
from summons_kit.fields.dates import weekday_zh

if TYPE_CHECKING:
    import holidays as _holidays

ONE_DAY = dt.timedelta(days=1)
#: The installed China data was checked against the State Council notices from this year on.
FIRST_OFFICIAL_YEAR = 2001
#: From this day of December on, the next year's notice may change the arrangement (see module docstring).
YEAR_END_RISK = (12, 28)
SWAPPED_REST = "调休休息日"
_RANGE_SEPARATORS = ("..", "~", "至", "/")


def _china() -> type[_holidays.HolidayBase]:
    """The ``holidays`` package's China class, imported on first use.

    ``holidays.China`` imports the package's ~250 countries (about 0.2 s, most of a ``check``); the China module
    itself imports none of them, so it is loaded on its own from the installed package (same code, same data).
    Should the package's layout change, the ordinary ``holidays.China`` is used.
    """
    import importlib.util
    import sys

    name = "summons_kit._holidays_china"
    module = sys.modules.get(name)
    if module is None:
        try:
            import holidays.holiday_base  # the package itself: cheap, loads no country

            package = importlib.util.find_spec("holidays")
            origin = Path(package.origin if package and package.origin else "")
            spec = importlib.util.spec_from_file_location(name, origin.parent / "countries" / "china.py")
            if spec is None or spec.loader is None:
                raise ImportError(name)
            module = importlib.util.module_from_spec(spec)
            spec.loader.exec_module(module)
            sys.modules[name] = module
        except Exception:  # a different package layout: the documented (slower) way
            import holidays

            return holidays.China
    return module.China


def _arrangement_error(text: object, field: str, reason: str, reason_en: str) -> ParseError:
    return ParseError(text, reason, reason_en, field=field)


def _date_set(value: Iterable[dt.date]) -> frozenset[dt.date]:
    return frozenset(value)


def _years(value: Iterable[int]) -> frozenset[int]:
    return frozenset(value)


@attrs.frozen
class Calendar:
    """A China working-day calendar: the installed official data plus the arrangements a user supplied.

    For a year in ``supplied_years`` the supplied holidays and working days replace the installed data of that
    year (the package's holidays for unpublished years are estimates); ``extra_holidays`` and
    ``extra_workdays`` dated in other years are added to the installed data.
    """

    extra_holidays: frozenset[dt.date] = attrs.field(factory=frozenset, converter=_date_set)
    extra_workdays: frozenset[dt.date] = attrs.field(factory=frozenset, converter=_date_set)
    #: years whose arrangement the user supplied (they count as published)
    supplied_years: frozenset[int] = attrs.field(factory=frozenset, converter=_years)

    @cached_property
    def _official(self) -> _holidays.HolidayBase:
        return _china()(language="zh_CN")

    def _load(self, year: int) -> _holidays.HolidayBase:
        """The installed data with ``year`` and the next year populated (its notice may move December)."""
        official = self._official
        for y in (year, year + 1):
            if y not in official.years:
                _ = dt.date(y, 1, 1) in official  # populates the year
        return official

    # -- days ------------------------------------------------------------------------------------------------
    def is_holiday(self, day: dt.date) -> bool:
        """A 法定休假日 (official holiday or 调休 rest day), not counting ordinary weekends."""
        if day in self.extra_workdays:
            return False
        if day in self.extra_holidays:
            return True
        if day.year in self.supplied_years:
            return False
        return day in self._load(day.year)

    def is_swapped_workday(self, day: dt.date) -> bool:
        """A Saturday or Sunday made a working day (调休上班日)."""
        if day.weekday() < 5:
            return False
        if day in self.extra_workdays:
            return True
        if day.year in self.supplied_years or day in self.extra_holidays:
            return False
        return day in self._load(day.year).weekend_workdays

    def is_working_day(self, day: dt.date) -> bool:
        """Monday to Friday unless a holiday; a weekend day only when made a working day (调休)."""
        if day in self.extra_workdays:
            return True
        if self.is_holiday(day):
            return False
        if self.is_swapped_workday(day):
            return True
        return day.weekday() < 5

    def next_working_day(self, day: dt.date) -> dt.date:
        """``day`` itself when it is a working day, else the first working day after it."""
        while not self.is_working_day(day):
            day += ONE_DAY
        return day

    def rest_reason(self, day: dt.date) -> str:
        """Why ``day`` is not a working day, in Chinese (``国庆节``, ``星期六``); empty for a working day."""
        if self.is_working_day(day):
            return ""
        own = self._holiday_name(day) if self.is_holiday(day) else ""
        if own and own != SWAPPED_REST:
            return f"{own}，{weekday_zh(day)}"
        # a weekend or swapped rest day inside a holiday block (National Day week) takes the block's name
        block = self._block_name(day)
        if block:
            return f"{block}{'（调休）' if own else ''}，{weekday_zh(day)}"
        return f"{own}，{weekday_zh(day)}" if own else weekday_zh(day)

    def _block_name(self, day: dt.date) -> str:
        for step in (-ONE_DAY, ONE_DAY):
            near = day + step
            for _ in range(10):
                if self.is_working_day(near):
                    break
                if self.is_holiday(near) and self._holiday_name(near) != SWAPPED_REST:
                    return self._holiday_name(near)
                near += step
        return ""

    def _holiday_name(self, day: dt.date) -> str:
        if day in self.extra_holidays:
            return "法定休假日（用户提供的放假安排）"
        name = str(self._load(day.year).get(day) or "")
        if not name:
            return "法定休假日"
        if name.startswith("休息日"):  # a weekday made a day off (调休)
            return SWAPPED_REST
        return f"{name.split('（')[0]}假期"

    # -- coverage --------------------------------------------------------------------------------------------
    def covers(self, year: int) -> bool:
        """Whether the official arrangement of ``year`` is known (installed data or supplied by the user).

        Decided from the data: the installed package lists 调休 working days only for years whose State
        Council notice it contains.
        """
        return year in self.supplied_years or self.installed_covers(year)

    def installed_covers(self, year: int) -> bool:
        """Whether the installed ``holidays`` data carries the official arrangement of ``year`` (whatever the
        user supplied)."""
        if year < FIRST_OFFICIAL_YEAR:
            return False
        return any(d.year == year for d in self._load(year).weekend_workdays)

    def replaced_years(self) -> tuple[int, ...]:
        """The supplied years the installed data already covers: there the user's arrangement replaces the
        official data."""
        return tuple(sorted(y for y in self.supplied_years if self.installed_covers(y)))

    def differences(self, year: int, limit: int | None = None) -> tuple[dt.date, ...]:
        """The days of ``year`` whose working-day status differs from the installed data alone (at most
        ``limit``)."""
        installed = Calendar()
        found: list[dt.date] = []
        day = dt.date(year, 1, 1)
        while day.year == year and (limit is None or len(found) < limit):
            if self.is_working_day(day) != installed.is_working_day(day):
                found.append(day)
            day += ONE_DAY
        return tuple(found)

    def years_needed(self, first: dt.date, last: dt.date) -> tuple[int, ...]:
        """The years whose arrangement decides the days ``first``..``last`` (a last day and its roll-over)."""
        years = set(range(first.year, last.year + 1))
        if (last.month, last.day) >= YEAR_END_RISK:
            years.add(last.year + 1)
        return tuple(sorted(years))

    def uncovered(self, first: dt.date, last: dt.date) -> tuple[int, ...]:
        """The years among :meth:`years_needed` that the calendar does not cover."""
        return tuple(y for y in self.years_needed(first, last) if not self.covers(y))

    # -- user arrangements -----------------------------------------------------------------------------------
    def with_arrangement(
        self, year: int, holidays: Iterable[dt.date] = (), workdays: Iterable[dt.date] = ()
    ) -> Calendar:
        """A calendar that knows ``year``'s published arrangement, replacing the installed data of that year.

        ``holidays``: every day off the State Council notice lists (weekend days inside a holiday block may be
        included); ``workdays``: the Saturdays and Sundays it makes working days (上班). Days in the
        neighbouring
        December/January that the notice moves are accepted too.
        """
        holidays = tuple(holidays)
        workdays = tuple(workdays)
        _check_arrangement(year, holidays, workdays)
        if not holidays:
            raise _arrangement_error(
                year,
                "holidays",
                f"{year}年的安排没有列出任何放假日期。提供某年的安排会替换该年已安装的官方数据，空的安排会把该年"
                "所有节假日当作工作日；请列出国务院通知中的全部放假日期（holidays）和调休上班日（workdays），"
                "或删除该年",
                f"the arrangement for {year} lists no days off. A supplied year replaces the installed data of "
                "that year, so an empty one would make every holiday a working day; list every day off "
                "(holidays) and working weekend day (workdays) of the notice, or remove the year",
            )
        return attrs.evolve(
            self,
            extra_holidays=self.extra_holidays | frozenset(holidays),
            extra_workdays=self.extra_workdays | frozenset(workdays),
            supplied_years=self.supplied_years | {year},
        )

    def with_mapping(self, data: Mapping[object, object], source: str = "") -> Calendar:
        """This calendar plus the arrangements in ``data`` (the parsed content of a calendar file)."""
        calendar = self
        for key, value in data.items():
            year = _year_key(key, source)
            where = f"{source}: {year}" if source else str(year)
            if not isinstance(value, Mapping):
                raise _arrangement_error(
                    value, where, "应为包含 holidays 和 workdays 的表", "expected a table with holidays and workdays"
                )
            unknown = sorted(str(k) for k in value if k not in ("holidays", "workdays", "source", "note"))
            if unknown:
                raise _arrangement_error(
                    ", ".join(unknown),
                    where,
                    "未知的键，只能是 holidays、workdays、source、note",
                    "unknown key(s); allowed: holidays, workdays, source, note",
                )
            days_off = _dates(value.get("holidays", ()), f"{where}.holidays")
            days_on = _dates(value.get("workdays", ()), f"{where}.workdays")
            try:
                calendar = calendar.with_arrangement(year, days_off, days_on)
            except ParseError as error:
                raise error.at(f"{where}.{error.field}" if error.field else where) from None
        return calendar

    @classmethod
    def from_mapping(cls, data: Mapping[object, object], base: Calendar | None = None, source: str = "") -> Calendar:
        """A calendar (``base`` or the default) plus the arrangements in ``data``."""
        return (base if base is not None else DEFAULT).with_mapping(data, source)

    @classmethod
    def from_file(cls, path: str | Path, base: Calendar | None = None) -> Calendar:
        """A calendar plus the arrangements in a ``.toml`` or ``.json`` file (see docs/deadlines.md)."""
        path = Path(path)
        text = path.read_text(encoding="utf-8")
        try:
            if path.suffix.lower() == ".toml":
                data: object = tomllib.loads(text)
            elif path.suffix.lower() == ".json":
                data = json.loads(text)
            else:
                raise ParseError(
                    path.name, "日历文件应为 .toml 或 .json", "a calendar file must be .toml or .json", field="calendar"
                )
        except (tomllib.TOMLDecodeError, json.JSONDecodeError) as error:
            raise ParseError(
                path.name, f"文件格式错误：{error}", f"malformed file: {error}", field="calendar"
            ) from None
        if not isinstance(data, Mapping):
            raise ParseError(path.name, "应为以年份为键的表", "expected a table keyed by year", field="calendar")
        return cls.from_mapping(data, base=base, source=path.name)


def _year_key(key: object, source: str) -> int:
    try:
        year = int(str(key))
    except ValueError:
        year = 0
    if not 1950 <= year <= 2100:
        raise _arrangement_error(
            key, source or "calendar", "键应为年份（如 2027）", "each key must be a year such as 2027"
        )
    return year


def _dates(items: object, field: str) -> list[dt.date]:
    if isinstance(items, str | dt.date) or not isinstance(items, Iterable):
        raise _arrangement_error(items, field, "应为日期列表", "expected a list of dates")
    days: list[dt.date] = []
    for index, item in enumerate(items):
        days.extend(_date_or_range(item, f"{field}[{index}]"))
    return days


def _date_or_range(item: object, field: str) -> list[dt.date]:
    if isinstance(item, dt.datetime):
        return [item.date()]
    if isinstance(item, dt.date):
        return [item]
    if not isinstance(item, str):
        raise _arrangement_error(item, field, "应为日期 YYYY-MM-DD 或区间", "expected YYYY-MM-DD or a range")
    text = item.strip()
    for separator in _RANGE_SEPARATORS:
        if separator in text:
            first_text, _, last_text = text.partition(separator)
            first, last = _iso(first_text, item, field), _iso(last_text, item, field)
            if last < first:
                raise _arrangement_error(item, field, "区间的结束日早于开始日", "the range ends before it starts")
            return [first + dt.timedelta(days=n) for n in range((last - first).days + 1)]
    return [_iso(text, item, field)]


def _iso(text: str, item: object, field: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise _arrangement_error(
            item,
            field,
            "应为日期 YYYY-MM-DD 或区间 YYYY-MM-DD..YYYY-MM-DD",
            "expected a date YYYY-MM-DD or a range YYYY-MM-DD..YYYY-MM-DD",
        ) from None


def _check_arrangement(year: int, holidays: tuple[dt.date, ...], workdays: tuple[dt.date, ...]) -> None:
    first, last = dt.date(year - 1, 12, 1), dt.date(year + 1, 1, 31)
    for name, days in (("holidays", holidays), ("workdays", workdays)):
        for day in days:
            if not isinstance(day, dt.date):
                raise _arrangement_error(day, name, "应为日期", "expected a date")
            if not first <= day <= last:
                raise _arrangement_error(
                    day.isoformat(),
                    name,
                    f"日期不在{year}年的安排范围内（{first}至{last}）",
                    f"date outside {year}'s arrangement ({first} to {last})",
                )
    for day in workdays:
        if day.weekday() < 5:
            raise _arrangement_error(
                day.isoformat(),
                "workdays",
                f"调休上班日应为星期六或星期日，该日为{weekday_zh(day)}",
                "a swapped working day must be a Saturday or Sunday",
            )
    both = sorted(set(holidays) & set(workdays))
    if both:
        raise _arrangement_error(
            both[0].isoformat(),
            "workdays",
            "同一日期不能既放假又上班",
            "a day cannot be both a holiday and a working day",
        )


DEFAULT = Calendar()


def is_working_day(day: dt.date, calendar: Calendar = DEFAULT) -> bool:
    """Whether ``day`` is a working day in mainland China (调休 included)."""
    return calendar.is_working_day(day)


def next_working_day(day: dt.date, calendar: Calendar = DEFAULT) -> dt.date:
    """``day`` when it is a working day, else the first working day after it."""
    return calendar.next_working_day(day)
