"""The one-year loan prime rate (LPR) as a dated table the user can extend.

The built-in table (``lpr_1y.csv`` beside this module) lists the changes since the 2019 reform as the kit's
legal reference gives them: UNVERIFIED (not checked against the publisher, 全国银行间同业拆借中心). A rate
stays in force until the next row; for a day after the last row the table cannot know whether the LPR changed
since (``stale``). A user file has the same two columns (``effective,rate``; lines starting with ``#`` are
comments).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Iterable, Mapping
from decimal import Decimal, InvalidOperation
from functools import cache
from importlib import resources
from pathlib import Path

import attrs

from summons_kit.errors import ParseError
from summons_kit.law import basis

#: The LPR reform: no one-year LPR before this day (民间借贷司法解释's 4x LPR cannot be computed for earlier
# dates).
FIRST_LPR = dt.date(2019, 8, 20)
SOURCE = str(basis.LPR_SOURCE)


@attrs.frozen
class LprEntry:
    """The one-year LPR in force from ``effective`` (percent a year)."""

    effective: dt.date
    rate: Decimal


def _sorted(entries: Iterable[LprEntry]) -> tuple[LprEntry, ...]:
    by_day = {e.effective: e for e in entries}  # a later entry for the same day wins
    return tuple(by_day[d] for d in sorted(by_day))


@attrs.frozen
class LprTable:
    """Dated one-year LPR values; ``verified`` is False for the built-in table."""

    entries: tuple[LprEntry, ...] = attrs.field(converter=_sorted)
    verified: bool = False

    def entry_on(self, day: dt.date) -> LprEntry | None:
        """The entry in force on ``day`` (None before the first entry)."""
        found = None
        for entry in self.entries:
            if entry.effective > day:
                break
            found = entry
        return found

    def rate_on(self, day: dt.date) -> Decimal | None:
        entry = self.entry_on(day)
        return entry.rate if entry else None

    @property
    def last(self) -> dt.date | None:
        return self.entries[-1].effective if self.entries else None

    def stale(self, day: dt.date) -> bool:
        """True when ``day`` is after the last known change: the LPR may have changed since."""
        return self.last is None or day > self.last

    def with_rates(self, rates: Mapping[dt.date, Decimal] | Iterable[LprEntry]) -> LprTable:
        """This table plus (or corrected by) the given rates."""
        extra = (
            [LprEntry(day, Decimal(rate)) for day, rate in rates.items()] if isinstance(rates, Mapping) else list(rates)
        )
        return LprTable((*self.entries, *extra), verified=False)

    @classmethod
    def from_file(cls, path: str | Path, base: LprTable | None = None) -> LprTable:
        """The built-in table (or ``base``) extended by a CSV file ``effective,rate``."""
        path = Path(path)
        entries = parse_csv(path.read_text(encoding="utf-8"), path.name)
        return (base if base is not None else default_table()).with_rates(entries)


def parse_csv(text: str, source: str = "lpr") -> list[LprEntry]:
    """Rows ``effective,rate`` (``2025-05-20,3.00``); ``#`` comment lines and a header row are skipped."""
    lines = [line for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")]
    entries: list[LprEntry] = []
    for number, row in enumerate(csv.reader(io.StringIO("\n".join(lines))), start=1):
        if [c.strip() for c in row] == ["effective", "rate"]:
            continue
        field = f"{source}: row {number}"
        if len(row) != 2:
            raise ParseError(
                ",".join(row),
                "每行应为两列：生效日期和利率，以英文逗号分隔，如 2025-05-20,3.00",
                "each row must be 'effective,rate'",
                field=field,
            )
        try:
            day = dt.date.fromisoformat(row[0].strip())
        except ValueError:
            raise ParseError(
                row[0], "生效日期应为 YYYY-MM-DD", "effective date must be YYYY-MM-DD", field=field
            ) from None
        try:
            rate = Decimal(row[1].strip().rstrip("%"))
        except InvalidOperation:
            raise ParseError(
                row[1], "利率应为百分数，如 3.00", "rate must be a percentage such as 3.00", field=field
            ) from None
        if not Decimal("0") < rate < Decimal("20"):
            raise ParseError(row[1], "利率应在0%至20%之间", "rate must be between 0 and 20 percent", field=field)
        entries.append(LprEntry(day, rate))
    return entries


@cache
def default_table() -> LprTable:
    """The built-in table (package data ``lpr_1y.csv``, unverified)."""
    text = resources.files("summons_kit.law").joinpath("lpr_1y.csv").read_text(encoding="utf-8")
    return LprTable(parse_csv(text, "lpr_1y.csv"), verified=False)
