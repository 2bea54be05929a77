"""Working days in mainland China: weekends, official holidays and the State Council's swapped days (调休).

Built on the ``holidays`` package, whose China calendar carries the official arrangement (holidays and the weekend
days made working days) for the years the State Council has published. A user may add or correct a year's arrangement
(:meth:`Calendar.with_arrangement`) when a notice is published before the installed package knows it.

Basis: 民诉法 85 ¶3 (a period whose last day is a 法定休假日 ends on the first day after the holiday);
State Council annual notice on holiday arrangements (调休 working days count as working days; unverified, see law.md).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from functools import cached_property

import attrs
import holidays as _holidays

ONE_DAY = dt.timedelta(days=1)


@attrs.frozen
class Calendar:
    """A China working-day calendar: the installed official data plus a user's extra holidays and working days."""

    extra_holidays: frozenset[dt.date] = attrs.field(factory=frozenset, converter=frozenset)
    extra_workdays: frozenset[dt.date] = attrs.field(factory=frozenset, converter=frozenset)
    #: years whose arrangement the user supplied (they count as published)
    supplied_years: frozenset[int] = attrs.field(factory=frozenset, converter=frozenset)

    @cached_property
    def _official(self) -> _holidays.HolidayBase:
        return _holidays.China()

    def is_holiday(self, day: dt.date) -> bool:
        """A 法定休假日 (official holiday), not counting ordinary weekends."""
        if day in self.extra_workdays:
            return False
        return day in self.extra_holidays or day in self._official

    def is_working_day(self, day: dt.date) -> bool:
        """Monday to Friday unless a holiday; a weekend day only when made a working day (调休)."""
        if day in self.extra_workdays:
            return True
        if day in self.extra_holidays or day in self._official:
            return False
        if day in self._official.weekend_workdays:
            return True
        return day.weekday() < 5

    def next_working_day(self, day: dt.date) -> dt.date:
        """``day`` itself when it is a working day, else the first working day after it."""
        while not self.is_working_day(day):
            day += ONE_DAY
        return day

    def with_arrangement(
        self, year: int, holidays: Iterable[dt.date] = (), workdays: Iterable[dt.date] = ()
    ) -> Calendar:
        """A calendar that also knows ``year``'s published arrangement."""
        return attrs.evolve(
            self,
            extra_holidays=self.extra_holidays | frozenset(holidays),
            extra_workdays=self.extra_workdays | frozenset(workdays),
            supplied_years=self.supplied_years | {year},
        )


DEFAULT = Calendar()


def is_working_day(day: dt.date, calendar: Calendar = DEFAULT) -> bool:
    return calendar.is_working_day(day)


def next_working_day(day: dt.date, calendar: Calendar = DEFAULT) -> dt.date:
    return calendar.next_working_day(day)
