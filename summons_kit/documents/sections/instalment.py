"""The 分期还款申请书 (instalment request): the plan, its schedule and the applicant's means."""

from __future__ import annotations

from summons_kit.case.model import Case, Label
from summons_kit.documents import values as v
from summons_kit.documents.markers import MissingLog, marker
from summons_kit.documents.sections import Build
from summons_kit.documents.sections.common import signature
from summons_kit.documents.views.instalment import InstalmentView, ScheduleRowView
from summons_kit.errors import CaseError
from summons_kit.law.calendar import Calendar
from summons_kit.law.schedule import month_end_note


def build(b: Build) -> InstalmentView | None:
    return _instalment(b.case, b.log, b.calendar)


def _instalment(case: Case, log: MissingLog, calendar: Calendar) -> InstalmentView | None:
    plan = case.instalment
    if plan is None:
        return None
    from summons_kit.law.instalment import SETTLEMENT_RESERVATION, case_schedule, instalment_total

    def blank(label: Label) -> str:
        log.add(("instalment",), f"defendant.{label.field}", f"申请人{label}")
        return marker(label)

    total = instalment_total(case)
    problems: list[str] = []
    schedule = None
    try:
        schedule = case_schedule(case, calendar)
    except CaseError as error:  # draft() refuses such a plan; the context only reports it
        problems = [str(p) for p in error.problems]
    to_court = plan.addressee == "court"
    rows = tuple(
        ScheduleRowView(
            period=r.period,
            label=r.label,
            due=v.date(r.due),
            amount=v.money(r.amount),
            balance=v.money(r.balance),
            moved=r.moved,
        )
        for r in (schedule.rows if schedule else ())
    )
    down = plan.down_payment if plan.down_payment > 0 else None
    # 月收入 - 月必要支出: a hardship case often spends more than it earns; the difference is then the monthly
    # shortfall (每月收支缺口), never a negative amount
    surplus = (
        plan.monthly_income - plan.monthly_expenses
        if plan.monthly_income is not None and plan.monthly_expenses is not None
        else None
    )
    shortfall = -surplus if surplus is not None and surplus < 0 else None
    if shortfall is not None:
        surplus = None
    return InstalmentView(
        addressee=plan.addressee,
        to_court=to_court,
        addressee_name=(case.court.name or marker("受诉法院"))
        if to_court
        else (case.plaintiff.name or marker("原告名称")),
        party_block=tuple(case.defendant.lines("申请人（被告）", blank)),
        counterparty_block=tuple(
            line for p in case.plaintiffs for line in p.lines("原告" if to_court else "被申请人（原告）")
        )
        if case.plaintiff.name
        else (f"{'原告' if to_court else '被申请人（原告）'}：{marker('原告名称')}",),
        total=v.money(total) if total else log.mark(("instalment",), "instalment.total", "分期总额"),
        total_words=v.money_words(total) if total else "",
        months=plan.months,
        first_due=v.date(plan.first_due),
        day=schedule.day_of_month if schedule else plan.first_due.day,
        day_note=month_end_note(schedule.day_of_month if schedule else plan.first_due.day),
        has_down_payment=down is not None,
        down_payment=v.money(down),
        down_payment_words=v.money_words(down),
        down_payment_due=v.date(schedule.rows[0].due) if schedule and down else "",
        instalments_from=v.date(schedule.instalments[0].nominal_due) if schedule else "",
        regular_amount=v.money(schedule.regular_amount) if schedule else "",
        last_amount=v.money(schedule.last_amount) if schedule else "",
        last_due=v.date(schedule.last_due) if schedule else "",
        rows=rows,
        reasons=plan.reasons or marker("困难原因"),
        monthly_income=v.money(plan.monthly_income),
        monthly_expenses=v.money(plan.monthly_expenses),
        monthly_surplus=v.money(surplus),
        monthly_shortfall=v.money(shortfall),
        surplus_covers=surplus is not None and schedule is not None and surplus >= schedule.regular_amount,
        repaid=v.money(plan.repaid),
        waive_penalty=plan.waive_penalty,
        attachments=tuple(plan.attachments),
        problems=tuple(problems),
        rolled=plan.roll_to_workday,
        reservation=SETTLEMENT_RESERVATION,
        signature=tuple(signature(case.defendant, "申请人")),
    )
