"""The instalment schedule of a 分期还款申请: how much is paid when, and what is left after each payment.

Money is ``Decimal`` to the fen (0.01). Every regular instalment is the remaining amount divided by the number
of months, rounded down to the fen; the last instalment takes the rounding, so the rows always sum exactly to
the total.

Due dates: the same day of each month as ``first_due`` (clamped to the end of a shorter month: 31 January ->
28/29 February), then moved to the next working day (weekends, official holidays and 调休 from
:mod:`summons_kit.law.calendar`). With a down payment (首付), it is period 0 and is due on ``first_due`` (or
on ``down_payment_due`` when given); the monthly instalments then start one month later (or on ``first_due``
when ``down_payment_due`` is given).
"""

from __future__ import annotations

import calendar as _cal
import datetime as dt
from decimal import ROUND_DOWN, Decimal
from typing import TypeGuard

import attrs

from summons_kit.errors import CaseError, Problem
from summons_kit.law.calendar import DEFAULT, Calendar
from summons_kit.law.citation import cite

#: A personalised credit-card instalment plan runs at most 5 years / 60 instalments
#: (商业银行信用卡业务监督管理办法 (2011) 第70条, unverified verbatim). The kit applies the same ceiling to
#: every plan.
MAX_MONTHS = 60
MAX_MONTHS_BASIS = str(cite("《商业银行信用卡业务监督管理办法》（2011）", 70, verified=False))

FEN = Decimal("0.01")
ZERO = Decimal("0.00")


@attrs.frozen
class ScheduleRow:
    """One payment: period 0 is the down payment (首付), periods 1..n the monthly instalments."""

    period: int
    due: dt.date  # after moving to a working day
    amount: Decimal
    balance: Decimal  # what remains unpaid after this payment
    nominal_due: dt.date  # the agreed day before moving to a working day

    @property
    def label(self) -> str:
        """首付 / 第1期."""
        return "首付" if self.period == 0 else f"第{self.period}期"

    @property
    def moved(self) -> bool:
        """True when the agreed day was not a working day."""
        return self.due != self.nominal_due


@attrs.frozen
class Schedule:
    """A whole instalment plan; ``rows`` sum exactly to ``total``."""

    total: Decimal
    months: int
    first_due: dt.date
    down_payment: Decimal
    rows: tuple[ScheduleRow, ...]

    @property
    def instalments(self) -> tuple[ScheduleRow, ...]:
        """The monthly rows, without the down payment."""
        return tuple(r for r in self.rows if r.period > 0)

    @property
    def regular_amount(self) -> Decimal:
        """The amount of every monthly instalment but the last."""
        return self.instalments[0].amount

    @property
    def last_amount(self) -> Decimal:
        return self.instalments[-1].amount

    @property
    def last_due(self) -> dt.date:
        return self.rows[-1].due

    @property
    def day_of_month(self) -> int:
        """The agreed day of the month of the monthly instalments (before working-day moves): the anchor day, not a
        month's clamped one (a plan on the 31st falls due on 2月28日, then 3月31日)."""
        return max(row.nominal_due.day for row in self.instalments[:12])


def add_months(day: dt.date, months: int, anchor_day: int | None = None) -> dt.date:
    """``day`` moved by ``months`` calendar months, on ``anchor_day`` (default ``day.day``), clamped to the
    month end."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    wanted = anchor_day if anchor_day is not None else day.day
    return dt.date(year, month, min(wanted, _cal.monthrange(year, month)[1]))


def nominal_due(
    first_due: dt.date, period: int, down_payment: Decimal = ZERO, down_payment_due: dt.date | None = None
) -> dt.date:
    """The agreed day of monthly instalment ``period`` (1..n), before moving to a working day: the day of
    ``first_due`` in each month, from ``first_due`` on, or a month later when a down payment is due on
    ``first_due`` (no ``down_payment_due``)."""
    start = add_months(first_due, 1) if down_payment > 0 and down_payment_due is None else first_due
    return add_months(start, period - 1, anchor_day=first_due.day)


def _cents(value: object) -> TypeGuard[Decimal]:
    return isinstance(value, Decimal) and value.is_finite() and value == value.quantize(FEN)


def _validate(total: object, months: object, first_due: object, down_payment: object) -> list[Problem]:
    problems: list[Problem] = []
    if not isinstance(months, int) or isinstance(months, bool):
        problems.append(Problem("instalment.months", months, "分期期数应为整数", "months must be a whole number"))
    elif not 1 <= months <= MAX_MONTHS:
        problems.append(
            Problem(
                "instalment.months",
                months,
                f"分期期数应在1至{MAX_MONTHS}期之间（依据：{MAX_MONTHS_BASIS}）",
                f"months must be between 1 and {MAX_MONTHS} (basis: {MAX_MONTHS_BASIS})",
            )
        )
    if not isinstance(first_due, dt.date):
        problems.append(Problem("instalment.first_due", first_due, "首期还款日应为日期", "first_due must be a date"))
    if not _cents(total):
        problems.append(
            Problem(
                "instalment.total",
                total,
                "分期总额应为精确到分的金额（Decimal）",
                "the total must be a Decimal amount with at most two decimal places",
            )
        )
    elif total <= 0:
        problems.append(Problem("instalment.total", total, "分期总额应大于0", "the total must be greater than 0"))
    if not _cents(down_payment):
        problems.append(
            Problem(
                "instalment.down_payment",
                down_payment,
                "首付金额应为精确到分的金额（Decimal）",
                "the down payment must be a Decimal amount with at most two decimal places",
            )
        )
    elif down_payment < 0:
        problems.append(
            Problem(
                "instalment.down_payment",
                down_payment,
                "首付金额不能为负数",
                "the down payment cannot be negative",
            )
        )
    elif _cents(total) and total > 0 and down_payment >= total:
        problems.append(
            Problem(
                "instalment.down_payment",
                down_payment,
                f"首付金额应小于分期总额{total}元，否则无需分期",
                f"the down payment must be less than the total {total}; "
                "otherwise there is nothing to pay by instalments",
            )
        )
    if not problems:
        rest = total - down_payment  # type: ignore[operator]
        if rest < FEN * months:  # type: ignore[operator]
            problems.append(
                Problem(
                    "instalment.months",
                    months,
                    f"剩余{rest}元分{months}期，每期不足0.01元，请减少期数",
                    f"{rest} over {months} months is less than 0.01 a month; use fewer months",
                )
            )
    return problems


def build_schedule(
    total: Decimal,
    months: int,
    first_due: dt.date,
    down_payment: Decimal = ZERO,
    calendar: Calendar = DEFAULT,
    *,
    down_payment_due: dt.date | None = None,
    roll: bool = True,
) -> Schedule:
    """The rows of an instalment plan of ``total`` over ``months`` monthly instalments.

    ``roll``: a due day that is not a working day moves to the next working day (the kit's behaviour so far;
    the drafts rely on it). ``roll=False`` keeps the agreed day: a debtor may always pay early, and a plan's
    due date is a contract term, not a procedural period (民诉法 85 does not apply to it).

    Raises :class:`~summons_kit.errors.CaseError` naming every bad argument (months outside 1..60, a total of
    0 or less, a down payment not below the total, amounts not in whole fen).
    """
    if isinstance(down_payment, int) and not isinstance(down_payment, bool):
        down_payment = Decimal(down_payment).quantize(FEN)
    problems = _validate(total, months, first_due, down_payment)
    if problems:
        raise CaseError(problems, source="分期还款计划 / instalment schedule")
    if isinstance(first_due, dt.datetime):
        first_due = first_due.date()

    rows: list[ScheduleRow] = []
    balance = total
    if down_payment > 0:
        nominal = down_payment_due or first_due
        balance -= down_payment
        rows.append(
            ScheduleRow(0, calendar.next_working_day(nominal) if roll else nominal, down_payment, balance, nominal)
        )
    rest = balance
    regular = (rest / months).quantize(FEN, rounding=ROUND_DOWN)
    for period in range(1, months + 1):
        nominal = nominal_due(first_due, period, down_payment, down_payment_due)
        amount = regular if period < months else balance
        balance -= amount
        due = calendar.next_working_day(nominal) if roll else nominal
        rows.append(ScheduleRow(period, due, amount, balance, nominal))
    return Schedule(total=total, months=months, first_due=first_due, down_payment=down_payment, rows=tuple(rows))


def month_end_note(day: int) -> str:
    """What a request adds to 每月N日 when some months have no such day (N after the 28th)."""
    return "（当月无该日的，于当月最后一日前还款）" if day > 28 else ""
