"""Deadlines measured against today: passed or close, and years the calendar does not cover."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from decimal import Decimal

from summons_kit.fields.dates import day_of, format_date, weekday_zh
from summons_kit.law import basis
from summons_kit.law.deadlines import Deadline
from summons_kit.law.finding import Context, Finding, declare
from summons_kit.law.limits import limitation
from summons_kit.law.schedule import nominal_due

SOON_DAYS = 3  # warn when a deadline is this many days away or fewer
ROLL_WINDOW = dt.timedelta(days=15)  # longer than any run of rest days (the longest official break is 9 days)

ANSWER_PASSED = declare(
    "deadline.answer_passed",
    "warning",
    "service.served_on",
    basis.join(basis.CPL_128, basis.CPL_130, basis.CPL_86),
    "答辩期限已过",
    "today is after the answer deadline (the objection period has ended too); drafting goes on",
)
ANSWER_SOON = declare(
    "deadline.answer_soon",
    "warning",
    "service.served_on",
    basis.CPL_128,
    "答辩期限即将届满",
    f"the answer deadline is today or within {SOON_DAYS} days",
)
EVIDENCE_PASSED = declare(
    "deadline.evidence_passed",
    "warning",
    "service.evidence_deadline",
    basis.join(basis.SPI_100, basis.SPI_102),
    "举证期限已过",
    "today is after the evidence deadline (the notice's date, or the latest the procedure allows)",
)
EVIDENCE_SOON = declare(
    "deadline.evidence_soon",
    "warning",
    "service.evidence_deadline",
    basis.SPI_100,
    "举证期限即将届满",
    f"the evidence deadline (the notice's date, or the latest the procedure allows) is within {SOON_DAYS} days",
)
HEARING_PASSED = declare(
    "deadline.hearing_passed",
    "warning",
    "service.hearing",
    basis.CPL_139,
    "开庭日期已过",
    "the hearing date is before today",
)
YEAR_NOT_COVERED = declare(
    "calendar.year_not_covered",
    "warning",
    "service.served_on",
    basis.join(basis.CPL_85_HOLIDAY, basis.WORKDAY_SWAP),
    "日历未收录该年度放假安排",
    "a deadline (or the limitation period's end) depends on a year whose official holiday arrangement the "
    "calendar does not know (see Calendar.covers)",
)


SCHEDULE_YEAR = declare(
    "calendar.schedule_year_not_covered",
    "warning",
    "instalment.first_due",
    basis.join(basis.INSTALMENT_CUSTOM, basis.WORKDAY_SWAP),
    "分期还款日所在年度的放假安排未收录",
    "the instalment plan's due dates (first_due to the last instalment: first_due + months - 1 months, one "
    "month more after a down payment, as the schedule counts) reach into a year whose official holiday "
    "arrangement the calendar does not know; a due date on a rest day moves to the next working day",
)
CALENDAR_REPLACED = declare(
    "calendar.supplied_replaces_installed",
    "info",
    "calendar",
    basis.join(basis.CPL_85_HOLIDAY, basis.WORKDAY_SWAP),
    "用户提供的放假安排替换了已安装的官方数据",
    "the calendar (--calendar file, Calendar.from_file / with_arrangement) supplies a year whose official "
    "arrangement the installed data already has: the supplied days replace it; the days that differ are listed",
)
APPEAL_PASSED = declare(
    "deadline.appeal_passed",
    "warning",
    "service.judgment_served_on",
    basis.join(basis.APPEAL, basis.CPL_86),
    "上诉期限已过",
    "today is after an appeal deadline computed from service.judgment_served_on or service.ruling_served_on",
)
APPEAL_SOON = declare(
    "deadline.appeal_soon",
    "warning",
    "service.judgment_served_on",
    basis.APPEAL,
    "上诉期限即将届满",
    f"an appeal deadline (from a judgment's or ruling's service) is today or within {SOON_DAYS} days",
)


def _left(context: Context, day: dt.date) -> int:
    return (day - context.today).days


def _left_zh(days: int) -> str:
    return "今天届满" if days == 0 else f"还剩{days}天"


def check_answer(context: Context) -> Iterator[Finding]:
    answer = context.deadline("answer")
    if answer is None or answer.date is None:
        return
    left = _left(context, answer.date)
    when = f"{format_date(answer.date)}（{weekday_zh(answer.date)}）"
    if left < 0:
        yield ANSWER_PASSED.finding(
            f"答辩期限已于{when}届满（今天是{format_date(context.today)}），管辖权异议期限同时届满。"
            "不提交答辩状不影响人民法院审理，仍可提交答辩状或在庭审中答辩；"
            "因不可抗拒的事由或者其他正当理由耽误期限的，可以在障碍消除后的10日内申请顺延期限（《民事诉讼"
            "法》第86条）。",
            f"the answer deadline ({answer.date}) has passed, and with it the time to object to "
            "jurisdiction. The case goes on without an answer; an answer can still be filed or given at the "
            "hearing. A party who lost the time for a justified reason may apply within 10 days after the "
            "obstacle ends (CPL art. 86).",
        )
    elif left <= SOON_DAYS:
        yield ANSWER_SOON.finding(
            f"答辩期限{when}届满，{_left_zh(left)}；管辖权异议也须在此前提出。",
            f"the answer deadline is {answer.date}: {left} day(s) left; a jurisdiction objection is due by then too.",
        )


def _evidence_day(deadline: Deadline) -> tuple[dt.date, str] | None:
    if deadline.date is not None:
        return deadline.date, "举证期限"
    if deadline.latest is not None:
        return deadline.latest, "按审理程序计算的举证期限最迟"
    return None


def check_evidence(context: Context) -> Iterator[Finding]:
    evidence = context.deadline("evidence")
    found = _evidence_day(evidence) if evidence else None
    if found is None:
        return
    day, what = found
    left = _left(context, day)
    if left < 0:
        yield EVIDENCE_PASSED.finding(
            f"{what}已于{format_date(day)}届满。逾期提供证据的，人民法院可以责令说明理由；"
            "因故意或者重大过失逾期提供的证据可能不予采纳，但与案件基本事实有关的证据应当采纳并可予训诫、"
            "罚款（《民诉法解释》第102条）。请尽快提交并说明逾期理由。",
            f"the evidence deadline ({day}) has passed; late evidence may be excluded if late through intent "
            "or gross negligence (SPC interpretation art. 102). File it at once with the reason for "
            "the delay.",
        )
    elif left <= SOON_DAYS:
        yield EVIDENCE_SOON.finding(
            f"{what}于{format_date(day)}届满，{_left_zh(left)}。确有困难的，应在届满前书面申请延长（《民诉法解释"
            "》第100条）；在案件文件中填写[evidence_extension]即起草《延期举证申请书》（--documents "
            "evidence_extension）。",
            f"the evidence deadline is {day}: {left} day(s) left; an extension must be requested in writing "
            "before it ends ([evidence_extension] in the case file drafts it: --documents evidence_extension).",
        )


def check_hearing(context: Context) -> Iterator[Finding]:
    hearing = context.deadline("hearing")
    if hearing is None or hearing.date is None or hearing.date >= context.today:
        return
    yield HEARING_PASSED.finding(
        f"传票载明的开庭日期{format_date(hearing.date)}已过；如未到庭，人民法院可能已缺席审理，"
        "请尽快向法院查询案件进展。",
        f"the hearing date ({hearing.date}) has passed; if nobody attended, the court may have decided "
        "without the defendant: ask the court about the case.",
    )


def check_calendar(context: Context) -> Iterator[Finding]:
    """One finding per uncovered year and per case field the affected dates are computed from (the answer
    period from service.served_on, an appeal from service.judgment_served_on / ruling_served_on, the
    limitation period from its start), so the finding names the field to check."""
    affected: dict[tuple[int, str], list[str]] = {}
    for deadline in context.deadlines:
        for year in deadline.uncovered_years:
            affected.setdefault((year, deadline.field), []).append(deadline.label_zh)
    period = limitation(context.case, context.calendar)
    if period is not None and period.nominal <= period.reference <= period.nominal + ROLL_WINDOW:
        # only when the outcome turns on how the end of the period rolls over rest days
        for year in period.uncovered_years:
            affected.setdefault((year, period.start_field), []).append("诉讼时效届满日")
    for (year, field), labels in sorted(affected.items(), key=lambda item: item[0][0]):
        shown = "、".join(dict.fromkeys(labels))
        yield YEAR_NOT_COVERED.finding(
            f"{shown}取决于{year}年的放假调休安排，而日历尚未收录国务院公布的{year}年安排；"
            "日期暂按周末和推定的节假日计算，可能有误。国务院公布后，请用日历文件（--calendar）补充并重新核对。",
            f"{', '.join(dict.fromkeys(labels))}: depends on {year}'s official holiday arrangement, which "
            "the calendar does not contain yet; the date assumes weekends and estimated holidays. Supply "
            "the arrangement (Calendar.from_file / --calendar) once it is published.",
            field=field,
        )


def check_appeal(context: Context) -> Iterator[Finding]:
    for deadline in context.deadlines:
        if deadline.key not in ("appeal", "appeal_ruling") or deadline.date is None:
            continue
        left = _left(context, deadline.date)
        when = f"{format_date(deadline.date)}（{weekday_zh(deadline.date)}）"
        paper, paper_en = ("判决", "judgment") if deadline.key == "appeal" else ("裁定", "ruling")
        if left < 0:
            yield APPEAL_PASSED.finding(
                f"{deadline.label_zh}已于{when}届满（今天是{format_date(context.today)}），第一审{paper}已发生法律效力，"
                "不能再上诉；因不可抗拒的事由或者其他正当理由耽误期限的，可以在障碍消除后的10日内申请顺延期限"
                "（《民事诉讼法》第86条）。",
                f"the appeal deadline ({deadline.date}) has passed: the first-instance {paper_en} is final."
                " A party who lost the time for a justified reason may apply within 10 days after the "
                "obstacle ends (CPL art. 86).",
                field=deadline.field,
            )
        elif left <= SOON_DAYS:
            yield APPEAL_SOON.finding(
                f"{deadline.label_zh}{when}届满，{_left_zh(left)}；上诉状应在此前通过原审人民法院提出。",
                f"the appeal deadline is {deadline.date}: {left} day(s) left; the appeal is filed through the "
                "first-instance court.",
                field=deadline.field,
            )


def last_instalment_due(months: int, first_due: dt.date, down_payment: Decimal) -> dt.date:
    """The agreed (nominal) day of the last instalment, as summons_kit.law.schedule counts it
    (:func:`~summons_kit.law.schedule.nominal_due`): the same day of each month from ``first_due``; with a down
    payment the down payment is due on ``first_due`` and the monthly instalments start a month later."""
    return nominal_due(day_of(first_due), months, down_payment)


def check_schedule_calendar(context: Context) -> Iterator[Finding]:
    plan = context.case.instalment
    if plan is None or plan.months < 1:
        return
    first = day_of(plan.first_due)
    last = last_instalment_due(plan.months, first, plan.down_payment)
    years = context.calendar.uncovered(first, last)
    if not years:
        return
    shown = "、".join(f"{y}年" for y in years)
    yield SCHEDULE_YEAR.finding(
        f"分期还款计划自{format_date(first)}起共{plan.months}期，最后一期约定于{format_date(last)}，还款日涉及{shown}，"
        f"而日历尚未收录国务院公布的{shown}放假调休安排：遇休息日顺延的还款日暂按周末和推定的节假日计算，"
        "可能有误。国务院公布后，请提供该年的安排（命令行：--calendar 日历文件；Python：Calendar.from_file，"
        "格式见文档“Deadlines”页）并重新核对还款日。",
        f"the instalment plan runs from {first} to {last} ({plan.months} instalments) and reaches into "
        f"{', '.join(map(str, years))}, whose official holiday arrangement the calendar does not know; due "
        "dates moved off rest days assume weekends and estimated holidays. Supply the arrangement once it is "
        "published (--calendar FILE / Calendar.from_file; its format: the docs page 'Deadlines') and check the "
        "dates again.",
    )


def check_supplied_years(context: Context) -> Iterator[Finding]:
    calendar = context.calendar
    for year in calendar.replaced_years():
        differ = calendar.differences(year)
        if differ:
            listed = "、".join(
                f"{format_date(d)}（提供的安排为{'工作日' if calendar.is_working_day(d) else '休息日'}）"
                for d in differ[:5]
            )
            more = f"等{len(differ)}天" if len(differ) > 5 else ""
            compared = f"两者有{len(differ)}天不同：{listed}{more}。如非有意，请从日历文件中删除该年或更正日期。"
        else:
            compared = "两者的工作日和休息日完全一致。"
        yield CALENDAR_REPLACED.finding(
            f"日历提供了{year}年的放假调休安排，而已安装的数据已收录国务院公布的{year}年安排；"
            f"本次计算以提供的安排为准，替换该年已安装的数据。{compared}",
            f"the calendar supplies {year}'s arrangement, which the installed data already has; the supplied "
            f"days replace it ({len(differ)} day(s) differ"
            + (f": {', '.join(d.isoformat() for d in differ[:5])}" if differ else "")
            + ").",
        )


RULES = (
    check_answer,
    check_evidence,
    check_hearing,
    check_appeal,
    check_calendar,
    check_schedule_calendar,
    check_supplied_years,
)
