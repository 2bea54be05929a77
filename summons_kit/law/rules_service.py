"""Service and the court's dates: served date, hearing notice, evidence period, 案号."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from summons_kit.case.model import Procedure
from summons_kit.fields.dates import day_of, format_date
from summons_kit.law import basis
from summons_kit.law.deadlines import EVIDENCE_DAYS, deemed_service
from summons_kit.law.finding import Context, Finding, declare
from summons_kit.law.rules_parties import PROVINCE_ABBREVIATIONS, province_of

HEARING_NOTICE_DAYS = 3  # 民诉法 139
FIRST_INSTANCE_CODE = "民初"  # 案号 type code of a first-instance civil case

UNKNOWN = declare(
    "service.unknown",
    "warning",
    "service.served_on",
    basis.CPL_128,
    "未填写送达日期",
    "service.served_on is empty: the answer and objection deadlines cannot be computed",
)
IN_FUTURE = declare(
    "service.in_future",
    "error",
    "service.served_on",
    basis.CPL_85_START,
    "送达日期晚于今天",
    "service.served_on is after the day of the check (a typing error?)",
)
AFTER_HEARING = declare(
    "service.after_hearing",
    "error",
    "service.served_on",
    basis.CPL_139,
    "送达日期晚于开庭日期",
    "service.served_on is after the hearing date",
)
NOTICE_SHORT = declare(
    "service.hearing_notice_short",
    "warning",
    "service.hearing",
    basis.CPL_139,
    "开庭通知不足三日",
    "fewer than 3 days between service and the hearing",
)
EVIDENCE_BEFORE_SERVICE = declare(
    "evidence.before_service",
    "error",
    "service.evidence_deadline",
    basis.SPI_99,
    "举证期限早于送达日期",
    "service.evidence_deadline is before the (deemed) service date",
)
EVIDENCE_RANGE = declare(
    "evidence.period_out_of_range",
    "warning",
    "service.evidence_deadline",
    basis.join(basis.SPI_99, basis.SPI_266, basis.SPI_275),
    "举证期限不符合审理程序的规定",
    "the evidence period is under 15 days (ordinary) or over 15 days (simple) or over 7 days (small claims),"
    " counted from service and rolled over rest days",
)
NOT_FIRST_INSTANCE = declare(
    "case_number.not_first_instance",
    "warning",
    "court.case_number",
    basis.CASE_NUMBER_RULES,
    "案号不是一审民事案号",
    "the 案号 type code is not 民初 (first-instance civil case)",
)
COURT_MISMATCH = declare(
    "case_number.court_mismatch",
    "warning",
    "court.case_number",
    basis.CASE_NUMBER_COURT_CODE,
    "案号的法院代字与受诉法院不符",
    "the province abbreviation that begins the 案号's court code (粤, 沪, 京 …; 兵 for the 兵团 courts of "
    "新疆) is not that of the province of court.name (read from its start, or from a big city it is named "
    "after); no finding when the court's province cannot be read",
)
#: a court code's first character -> the province it stands for (兵: the 兵团 courts, in 新疆)
_CODE_PROVINCE = {abbr: name for name, abbr in PROVINCE_ABBREVIATIONS.items()} | {"兵": "新疆"}
YEAR_AFTER_SERVICE = declare(
    "case_number.year_after_service",
    "error",
    "court.case_number",
    basis.CASE_NUMBER_RULES,
    "案号年份晚于送达年份",
    "the 案号 year is later than the year of service",
)


HEARING_BEFORE_DEADLINE = declare(
    "service.hearing_before_deadline",
    "warning",
    "service.hearing",
    basis.join(basis.CPL_128, basis.SPI_99, basis.SPI_266, basis.SPI_275),
    "开庭日早于答辩期限或举证期限届满",
    "the hearing falls before the answer deadline or before the evidence deadline (the stated date, or the "
    "earliest end of a minimum period)",
)


def check_hearing_before_deadlines(context: Context) -> Iterator[Finding]:
    hearing = context.case.service.hearing
    if hearing is None:
        return
    day = day_of(hearing)
    late: list[tuple[str, str, dt.date, str]] = []
    for key, name in (("answer", "答辩期限"), ("evidence", "举证期限")):
        deadline = context.deadline(key)
        end = (deadline.date or deadline.earliest) if deadline is not None else None
        if deadline is not None and end is not None and day < end:
            late.append((key, name, end, deadline.field))
    if not late:
        return
    ends = "、".join(f"{name}届满日{format_date(end)}" for _, name, end, _ in late)
    yield HEARING_BEFORE_DEADLINE.finding(
        f"开庭日期{format_date(day)}早于{ends}。答辩人有权在期限内准备答辩和证据；"
        "除答辩人已同意缩短期限（简易程序、小额诉讼程序中经当事人同意可以缩短，《民诉法解释》第266条、"
        "第275条）外，可以请求法院在期限届满后开庭，或在开庭前提交答辩状和证据。",
        f"the hearing ({day}) is before the {' and '.join(f'{k} deadline ({e})' for k, _, e, _ in late)}: unless "
        "the defendant agreed to a shorter period, ask the court to hold it after the deadline, or file before "
        "the hearing.",
        field="service.hearing" if late[0][0] == "answer" else late[0][3],
    )


def check_service(context: Context) -> Iterator[Finding]:
    service = context.case.service
    served = service.served_on or deemed_service(context.case)
    if served is None:
        yield UNKNOWN.finding(
            "未填写收到起诉状副本的日期（送达回证签收日期），无法计算答辩期限和管辖权异议期限。",
            "the day the complaint copy was received is not given; the answer deadline cannot be computed.",
        )
        return
    if served > context.today:
        yield IN_FUTURE.finding(
            f"送达日期{format_date(served)}晚于今天（{format_date(context.today)}），请核对。",
            f"the service date {served} is after today ({context.today}); please check it.",
        )
    start = deemed_service(context.case) or served
    hearing = service.hearing
    if hearing is not None:
        day = day_of(hearing)
        if start > day:
            yield AFTER_HEARING.finding(
                f"送达日期{format_date(start)}晚于开庭日期{format_date(day)}，请核对。",
                f"service ({start}) is after the hearing ({day}); please check both dates.",
            )
        elif (day - start).days < HEARING_NOTICE_DAYS:
            gap = (day - start).days
            yield NOTICE_SHORT.finding(
                f"送达日期{format_date(start)}距开庭日期{format_date(day)}仅{gap}日，"
                "人民法院应当在开庭三日前通知当事人；可以请求法院延期开庭，以便准备答辩和证据。",
                f"only {gap} day(s) between service ({start}) and the hearing ({day}); the court must notify "
                "at least 3 days before, so a postponement may be requested.",
            )


def check_evidence_period(context: Context) -> Iterator[Finding]:
    case = context.case
    given = case.service.evidence_deadline
    start = deemed_service(case)
    if given is None or start is None:
        return
    if given < start:
        yield EVIDENCE_BEFORE_SERVICE.finding(
            f"举证期限届满日{format_date(given)}早于送达日期{format_date(start)}，请核对。",
            f"the evidence deadline {given} is before service ({start}); please check it.",
        )
        return
    procedure = case.court.procedure
    if procedure is None:
        return
    days, bound, _article = EVIDENCE_DAYS[procedure]
    nominal = start + dt.timedelta(days=days)
    actual = (given - start).days
    outside = given < nominal if bound == "min" else given > context.calendar.next_working_day(nominal)
    if not outside:
        return
    rule_zh = {
        Procedure.ORDINARY: "普通程序举证期限不得少于15日（《民诉法解释》第99条）",
        Procedure.SIMPLE: "简易程序举证期限不得超过15日（《民诉法解释》第266条）",
        Procedure.SMALL_CLAIMS: "小额诉讼程序举证期限一般不超过7日（《民诉法解释》第275条）",
    }[procedure]
    yield EVIDENCE_RANGE.finding(
        f"举证期限自{format_date(start)}次日起算至{format_date(given)}，共{actual}日；{rule_zh}。"
        "请核对举证通知书（举证期限自收到举证通知书次日起算，如与起诉状副本不是同日收到，以实际收到日为准）。",
        f"the evidence period runs {actual} days from service ({start}) to {given}, outside the "
        f"{procedure.name.lower()} procedure's limit of {'at least' if bound == 'min' else 'at most'} "
        f"{days} days.",
    )


def check_case_number(context: Context) -> Iterator[Finding]:
    number = context.case.court.case_number
    if number is None:
        return
    if number.type_code != FIRST_INSTANCE_CODE:
        yield NOT_FIRST_INSTANCE.finding(
            f"案号“{number}”的类型代字为“{number.type_code}”，一审民事案件（普通、简易、小额诉讼程序）"
            "应为“民初”；请核对案号。",
            f"the case number {number} has type code {number.type_code!r}; a first-instance civil case has 民初.",
        )
    yield from _court_code(context)
    served = context.case.service.served_on
    if served is not None and number.year > served.year:
        yield YEAR_AFTER_SERVICE.finding(
            f"案号“{number}”的年份{number.year}晚于送达年份{served.year}，案号或送达日期有误。",
            f"the case number year {number.year} is after the service year {served.year}; one of them is wrong.",
        )


def _court_code(context: Context) -> Iterator[Finding]:
    court = context.case.court
    number = court.case_number
    if number is None or not court.name:
        return
    coded = _CODE_PROVINCE.get(number.court_code[:1])
    named = province_of(court.name)
    if coded is None or named is None or named not in PROVINCE_ABBREVIATIONS or coded == named:
        return  # 最高法, or a court whose province cannot be read (or outside the mainland's court codes)
    abbr, expected = number.court_code[:1], PROVINCE_ABBREVIATIONS[named]
    yield COURT_MISMATCH.finding(
        f"案号“{number}”的法院代字“{number.court_code}”以“{abbr}”开头，是{coded}的法院；"
        f"而受诉法院“{court.name}”在{named}（法院代字应以“{expected}”开头）。案号或法院名称有误，"
        "请对照传票、应诉通知书核对：提交答辩状、证据时写错案号或法院，材料可能无法归入本案。",
        f"the case number {number} has the court code {number.court_code} ({abbr}: a court in {coded}), but "
        f"the court {court.name!r} is in {named} (its code would begin with {expected}); check both against "
        "the summons.",
    )


RULES = (check_service, check_hearing_before_deadlines, check_evidence_period, check_case_number)
