"""The defendant's deadlines, computed from the service date the way a Chinese court counts them.

A period of n days starts the day after the event (民诉法 85 ¶2; 民诉法解释 125); when its last day is a rest
day (weekend or official holiday) it ends on the first working day after it (民诉法 85 ¶3); a Saturday or
Sunday that the State Council made a working day (调休) is a valid last day. Time in the post is not counted
(民诉法 85 ¶4).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import attrs

from summons_kit.case.model import Case, Procedure, ServiceMethod
from summons_kit.fields.dates import day_of, format_date, format_time, parse_date, weekday_zh
from summons_kit.fields.text import zh_punctuation
from summons_kit.law import basis
from summons_kit.law.calendar import DEFAULT, Calendar
from summons_kit.law.schedule import add_months

ANSWER_DAYS = 15  # 民诉法 128
ANSWER_DAYS_ABROAD = 30  # 民诉法 285
PUBLIC_NOTICE_DAYS = 30  # 民诉法 95 (60 before 2024-01-01)
#: the 2023 revision of the 民事诉讼法 took effect: public notices published before it ran under the old periods
CPL_2023_IN_FORCE = dt.date(2024, 1, 1)
PUBLIC_NOTICE_DAYS_BEFORE_2024 = 60  # 民诉法 (2021) 95: 60 days (the kit's reference: "changed from 60 in 2023")
PUBLIC_NOTICE_DAYS_ABROAD = 60  # 民诉法 283: no domicile in China (unverified)
PUBLIC_NOTICE_MONTHS_ABROAD_BEFORE_2024 = 3  # 民诉法 (2021) 274: 3 months (unverified)
MAIL_ABROAD_MONTHS = 3  # 民诉法 283: mailed abroad, no receipt: deemed served 3 months after mailing (unverified)


def basis_text(cited: basis.Basis | str) -> str:
    """The compact text of a basis, in Chinese typography."""
    return zh_punctuation(str(cited))


EVIDENCE_DAYS = {  # procedure -> (days, "min" | "max", basis)
    Procedure.ORDINARY: (15, "min", basis.SPI_99),
    Procedure.SIMPLE: (15, "max", basis.SPI_266),
    Procedure.SMALL_CLAIMS: (7, "max", basis.SPI_275),
}
APPEAL_DAYS_JUDGMENT = 15  # 民诉法 171
APPEAL_DAYS_RULING = 10  # 民诉法 171
APPEAL_DAYS_ABROAD = 30  # 民诉法 286

#: every key a Deadline may have, in the order they are reported
DEADLINE_KEYS = ("public_notice", "answer", "jurisdiction", "evidence", "hearing", "appeal", "appeal_ruling")
#: the rulings that may be appealed: 不予受理, 管辖权异议, 驳回起诉 (民诉法 157 ¶2, unverified)
APPEALABLE_RULINGS = "不予受理、对管辖权有异议和驳回起诉的裁定"

#: when a filing is in time on the last day: by post or online until 24:00; at the court's counter only while
#: the office is open (民法典 203 ¶2, unverified paragraph); time in the post does not count (民诉法 85 ¶4)
POSTING_NOTE = (
    "邮寄或通过诉讼服务平台在线提交的，期间届满日24时前提交即可；到法院当面提交的，应在该日法院停止办公（下班）前"
    "提交（《民法典》第203条第2款 (unverified)）；邮寄提交的，在期满前交邮的不算过期（在途时间不计入期间，"
    "《民事诉讼法》第85条第4款）。"
)


@attrs.frozen
class Deadline:
    """One deadline: its date (or, for a rule-only deadline, the range it must fall in) and how it was
    computed.

    ``date`` is None where the date is not known from the papers (the evidence period stated as the
    procedure's rule,
    the appeal period); ``earliest``/``latest`` then bound it where the rule allows. ``explanation`` says in
    Chinese
    how the date was computed; ``basis`` names the articles. The Chinese texts are set in Chinese typography
    (fields.text.zh_punctuation).
    """

    key: str
    date: dt.date | None
    label_zh: str = attrs.field(converter=zh_punctuation)
    label_en: str
    explanation: str = attrs.field(converter=zh_punctuation)
    basis: str = attrs.field(converter=basis_text)
    earliest: dt.date | None = None
    latest: dt.date | None = None
    at: dt.datetime | None = None  # the hearing's time, when the summons gives one
    uncovered_years: tuple[int, ...] = ()  # years whose official arrangement the calendar does not know
    field: str = "service.served_on"  # the case field it is computed from
    undated_zh: str = ""  # shown instead of a date where there is none by law (一审终审: no appeal)

    @property
    def day(self) -> dt.date | None:
        """The date to plan for: ``date``, else the earliest possible end, else the latest."""
        return self.date or self.earliest or self.latest


@attrs.frozen
class Period:
    """A period of ``days`` days after ``start``: its nominal last day and the day it really ends."""

    start: dt.date
    days: int
    nominal: dt.date
    end: dt.date
    uncovered_years: tuple[int, ...]

    @property
    def rolled(self) -> bool:
        return self.end != self.nominal


def count(start: dt.date, days: int, calendar: Calendar = DEFAULT) -> Period:
    """The period of ``days`` days from the day after ``start`` (民诉法 85 ¶2), rolled over rest days (¶3)."""
    nominal = start + dt.timedelta(days=days)
    end = calendar.next_working_day(nominal)
    return Period(start, days, nominal, end, calendar.uncovered(nominal, end))


def describe(period: Period, event: str, calendar: Calendar = DEFAULT) -> str:
    """Chinese text: ``2025年9月11日收到起诉状副本，次日起算15日至2025年9月26日（星期五）。``."""
    nominal = period.nominal
    text = (
        f"{format_date(period.start)}{event}，次日起算{period.days}日至{format_date(nominal)}（{weekday_zh(nominal)}）"
    )
    if period.rolled:
        text += (
            f"；该日（{calendar.rest_reason(nominal)}）不是工作日，依《民事诉讼法》第85条第3款顺延至其后第一个工"
            f"作日{format_date(period.end)}（{weekday_zh(period.end)}{_swapped(period.end, calendar)}）。"
        )
    elif calendar.is_swapped_workday(nominal):
        text += "，该日为国务院调休安排的上班日，是工作日，期间不顺延。"
    else:
        text += "。"
    return text + uncovered_note(period.uncovered_years)


def _swapped(day: dt.date, calendar: Calendar) -> str:
    return "，调休上班日" if calendar.is_swapped_workday(day) else ""


def uncovered_note(years: tuple[int, ...]) -> str:
    if not years:
        return ""
    shown = "、".join(f"{y}年" for y in years)
    return (
        f"注意：{shown}的国务院放假调休安排尚未收录，本日期按周末和推定的节假日计算，"
        "请以官方公布的安排核对（可提供日历文件补充）。"
    )


def as_date(value: object, what: str = "served") -> dt.date:
    """``value`` as a date: a date as is, a datetime's date, a text as court papers write it (2025年9月16日,
    read by :func:`summons_kit.fields.dates.parse_date`, which raises ParseError for a text that is not a
    date); anything else is a TypeError."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        parsed = parse_date(value)
        return day_of(parsed)
    raise TypeError(
        f"{what} 应为日期（datetime.date、datetime.datetime 或“2025年9月16日”这样的文字），"
        f"而不是 {type(value).__name__} / {what} must be a date, a datetime or a date text such as "
        f"2025年9月16日, not {type(value).__name__}"
    )


def answer_deadline(served: dt.date | str, abroad: bool = False, calendar: Calendar = DEFAULT) -> dt.date:
    """The last day to file the answer: ``served`` + 15 days (30 if abroad), rolled over rest days.

    ``served`` is a date, a datetime (its date is used) or a text as court papers write it (``"2025年9月16日"``,
    ``"二〇二五年九月十六日"``); the result is always a ``datetime.date``.

    >>> answer_deadline(dt.date(2025, 9, 11))
    datetime.date(2025, 9, 26)
    >>> answer_deadline("2025年9月16日")
    datetime.date(2025, 10, 9)
    """
    if not isinstance(abroad, bool):
        raise TypeError(
            f"abroad 应为 True 或 False，收到 {abroad!r} / abroad must be True or False (no domicile in mainland "
            f"China: 民诉法 285), got {abroad!r}"
        )
    start = as_date(served)
    return count(start, ANSWER_DAYS_ABROAD if abroad else ANSWER_DAYS, calendar).end


def public_notice_period(published: dt.date, abroad: bool) -> tuple[dt.date, str, basis.Basis]:
    """The day a public notice published on ``published`` counts as served, the period in Chinese and its
    basis: 30 days (民诉法 95), 60 days for a defendant without domicile in China (民诉法 283, unverified); a
    notice published before 2024-01-01 ran under the law then in force: 60 days, abroad 3 months (民诉法 (2021)
    274, unverified)."""
    if published >= CPL_2023_IN_FORCE:
        if abroad:
            return published + dt.timedelta(days=PUBLIC_NOTICE_DAYS_ABROAD), "60日", basis.PUBLIC_NOTICE_ABROAD
        return published + dt.timedelta(days=PUBLIC_NOTICE_DAYS), f"{PUBLIC_NOTICE_DAYS}日", basis.PUBLIC_NOTICE
    if abroad:
        months = PUBLIC_NOTICE_MONTHS_ABROAD_BEFORE_2024
        return add_months(published, months), "三个月", basis.PUBLIC_NOTICE_ABROAD_BEFORE_2024
    return published + dt.timedelta(days=PUBLIC_NOTICE_DAYS_BEFORE_2024), "60日", basis.PUBLIC_NOTICE_BEFORE_2024


def mail_abroad_deemed(case: Case) -> dt.date | None:
    """A complaint copy mailed to a defendant without domicile in China, with no receipt back (no
    ``service.served_on``), counts as served 3 months after ``service.mailed_on`` (民诉法 283, unverified)."""
    service = case.service
    if service.method is ServiceMethod.MAIL and case.defendant.abroad and service.mailed_on is not None:
        return add_months(service.mailed_on, MAIL_ABROAD_MONTHS)
    return None


def deemed_service(case: Case) -> dt.date | None:
    """The day the complaint copy counts as served (公告送达: see :func:`public_notice_period`)."""
    served = case.service.served_on
    if served is None:
        return mail_abroad_deemed(case)
    if case.service.method is ServiceMethod.PUBLIC_NOTICE:
        return public_notice_period(served, case.defendant.abroad)[0]
    return served


def compute_deadlines(case: Case, calendar: Calendar = DEFAULT) -> tuple[Deadline, ...]:
    """Every deadline the papers allow to compute, in :data:`DEADLINE_KEYS` order."""
    found: list[Deadline] = []
    start = deemed_service(case)
    if start is not None:
        if case.service.method is ServiceMethod.PUBLIC_NOTICE:
            found.append(_public_notice(case, start))
        answer = _answer(case, start, calendar)
        found += [answer, _jurisdiction(answer)]
    evidence = _evidence(case, start, calendar)
    if evidence is not None:
        found.append(evidence)
    if case.service.hearing is not None:
        found.append(_hearing(case))
    found += _appeal(case, calendar)
    return tuple(found)


def _served_event(case: Case) -> str:
    if case.service.method is ServiceMethod.PUBLIC_NOTICE:
        return "视为送达起诉状副本"
    mailed = case.service.mailed_on
    if case.service.served_on is None and mailed is not None and mail_abroad_deemed(case) is not None:
        return (
            f"视为送达起诉状副本（{format_date(mailed)}邮寄，未收到送达回证，自邮寄之日起满三个月"
            "视为送达，《民事诉讼法》第283条 (unverified)）"
        )
    return "收到起诉状副本"


def _public_notice(case: Case, deemed: dt.date) -> Deadline:
    published = case.service.served_on
    assert published is not None
    abroad = case.defendant.abroad
    _, period, article = public_notice_period(published, abroad)
    if published < CPL_2023_IN_FORCE:
        law = "2024年1月1日前发出的公告适用修正前的《民事诉讼法》"
        law += "（第274条，在中华人民共和国领域内没有住所的当事人）" if abroad else "（第95条）"
    else:
        law = "《民事诉讼法》第283条（在中华人民共和国领域内没有住所的当事人）" if abroad else "《民事诉讼法》第95条"
    return Deadline(
        key="public_notice",
        date=deemed,
        label_zh="公告送达视为送达日",
        label_en="deemed service (public notice)",
        explanation=(
            f"{format_date(published)}发出公告，自发出公告之日起经过{period}，"
            f"即{format_date(deemed)}（{weekday_zh(deemed)}）视为送达（{law}）；答辩期自该日次日起算。"
            "此日期未按节假日顺延，是稳妥的算法。"
        ),
        basis=article,
    )


def _answer(case: Case, start: dt.date, calendar: Calendar) -> Deadline:
    abroad = case.defendant.abroad
    period = count(start, ANSWER_DAYS_ABROAD if abroad else ANSWER_DAYS, calendar)
    lead = "答辩人在中华人民共和国领域内没有住所，答辩期为30日，人民法院可以延长。" if abroad else ""
    article = basis.ANSWER_ABROAD if abroad else basis.ANSWER
    given = case.service.answer_deadline
    if given is not None:  # the court's notice wins
        differs = (
            f"按法定期间计算为{format_date(period.end)}，与通知书不同，以通知书为准；如通知书所载期间短于法定期间，"
            "可向法院核实。"
            if given != period.end
            else ""
        )
        return Deadline(
            key="answer",
            date=given,
            label_zh="答辩期限",
            label_en="answer deadline",
            explanation=f"应诉通知书载明答辩期至{format_date(given)}（{weekday_zh(given)}）届满。{differs}"
            + POSTING_NOTE,
            basis=article,
            field="service.answer_deadline",
            uncovered_years=period.uncovered_years,
        )
    explanation = lead + describe(period, _served_event(case), calendar)
    if case.court.procedure is Procedure.SMALL_CLAIMS:
        explanation += (
            f"小额诉讼程序中，人民法院可以确定不超过15日的答辩期（《民诉法解释》第275条）：{format_date(period.end)}"
            "是最迟的答辩期限，以应诉通知书载明的日期为准（可填写 service.answer_deadline）。"
        )
    elif case.court.procedure is Procedure.SIMPLE:
        explanation += (
            "简易程序中，经当事人同意，答辩期可以缩短（《民诉法解释》第266条）；如已同意缩短，以法院确定的日期为准。"
        )
    return Deadline(
        key="answer",
        date=period.end,
        label_zh="答辩期限",
        label_en="answer deadline",
        explanation=explanation + POSTING_NOTE,
        basis=article,
        uncovered_years=period.uncovered_years,
    )


def _jurisdiction(answer: Deadline) -> Deadline:
    assert answer.date is not None
    return Deadline(
        key="jurisdiction",
        date=answer.date,
        label_zh="管辖权异议期限",
        label_en="jurisdiction objection deadline",
        explanation=(
            "对管辖权有异议的，应当在提交答辩状期间提出，即与答辩期限同日届满："
            f"{format_date(answer.date)}（{weekday_zh(answer.date)}）。未提出管辖异议并应诉答辩的，"
            "视为受诉人民法院有管辖权（《民事诉讼法》第130条）。" + POSTING_NOTE
        ),
        basis=basis.JURISDICTION_OBJECTION,
        uncovered_years=answer.uncovered_years,
    )


def _evidence(case: Case, start: dt.date | None, calendar: Calendar) -> Deadline | None:
    given = case.service.evidence_deadline
    procedure = case.court.procedure
    rule = EVIDENCE_DAYS.get(procedure) if procedure else None
    label: dict[str, Any] = {"label_zh": "举证期限", "label_en": "evidence deadline"}
    if given is not None:
        text = f"举证通知书载明举证期限至{format_date(given)}（{weekday_zh(given)}）届满。"
        if not calendar.is_working_day(given):
            rolled = calendar.next_working_day(given)
            text += (
                f"该日（{calendar.rest_reason(given)}）不是工作日，依《民事诉讼法》第85条第3款可顺延至"
                f"{format_date(rolled)}，但稳妥起见应在通知书载明之日前提交。"
            )
        text += "逾期提交证据可能不被采纳；确有困难的，应在期限届满前书面申请延长（《民诉法解释》第100条、第102条）。"
        return Deadline(
            key="evidence",
            date=given,
            explanation=text,
            field="service.evidence_deadline",
            basis=basis.join(rule[2], basis.SPI_100) if rule else basis.SPI_100,
            uncovered_years=calendar.uncovered(given, calendar.next_working_day(given)),
            **label,
        )
    if start is None:
        return None
    if rule is None:
        return Deadline(
            key="evidence",
            date=None,
            basis=basis.join(basis.SPI_99, basis.SPI_266, basis.SPI_275),
            explanation=(
                "举证期限由人民法院在举证通知书中确定：普通程序不少于15日，简易程序不超过15日，"
                "小额诉讼程序一般不超过7日。未填写审理程序和举证期限，无法计算具体日期，请以举证通知书为准。"
            ),
            **label,
        )
    days, bound, article = rule
    period = count(start, days, calendar)
    name = procedure.value if procedure else ""
    if bound == "min":
        text = (
            f"{name}举证期限不少于{days}日：{describe(period, _served_event(case), calendar)}举证期限最早于"
            f"{format_date(period.end)}届满，具体以举证通知书载明的日期为准。"
        )
        return Deadline(
            key="evidence",
            date=None,
            earliest=period.end,
            explanation=text,
            basis=article,
            uncovered_years=period.uncovered_years,
            **label,
        )
    text = (
        f"{name}举证期限由人民法院确定，不超过{days}日：{describe(period, _served_event(case), calendar)}举证期"
        f"限最迟于{format_date(period.end)}届满，可能更早，具体以举证通知书载明的日期为准。"
    )
    return Deadline(
        key="evidence",
        date=None,
        latest=period.end,
        explanation=text,
        basis=article,
        uncovered_years=period.uncovered_years,
        **label,
    )


def _hearing(case: Case) -> Deadline:
    hearing = case.service.hearing
    assert hearing is not None
    at = hearing if isinstance(hearing, dt.datetime) else None
    day = day_of(hearing)
    when = f"{format_date(day)}（{weekday_zh(day)}）{format_time(at) if at else ''}"
    place = f"，地点：{case.service.hearing_place}" if case.service.hearing_place else ""
    return Deadline(
        key="hearing",
        date=day,
        at=at,
        label_zh="开庭",
        label_en="hearing",
        explanation=(f"传票载明于{when}开庭{place}。应按时到庭；被告经传票传唤无正当理由拒不到庭的，可以缺席判决。"),
        basis=basis.join(basis.CPL_139, basis.CPL_147),
        field="service.hearing",
    )


APPEAL_FILING = "上诉状应通过原审人民法院提出，并按对方当事人的人数提出副本。"


def _appeal(case: Case, calendar: Calendar) -> list[Deadline]:
    """The appeal rows: none in small claims (一审终审), dated from a judgment's or ruling's service when the case
    gives it, else the rule."""
    service = case.service
    label: dict[str, Any] = {"label_zh": "上诉期限", "label_en": "appeal deadline"}
    if case.court.procedure is Procedure.SMALL_CLAIMS:
        text = "本案适用小额诉讼程序，实行一审终审，判决不得上诉（《民事诉讼法》第165条）。"
        if service.judgment_served_on is not None:
            text += f"判决书于{format_date(service.judgment_served_on)}送达，没有上诉期限。"
        if service.ruling_served_on is not None:
            text += (
                f"裁定书于{format_date(service.ruling_served_on)}送达：小额诉讼程序中的裁定（如管辖权异议裁定）"
                "一经作出即生效，不得上诉 (unverified)。"
            )
        return [
            Deadline(
                key="appeal",
                date=None,
                explanation=text,
                basis=basis.CPL_165,
                field="court.procedure",
                undated_zh="一审终审",
                **label,
            )
        ]
    abroad = case.defendant.abroad
    rows: list[Deadline] = []
    if service.judgment_served_on is not None:
        rows.append(_appeal_from(service.judgment_served_on, "judgment", abroad, calendar))
    else:
        if abroad:
            text = (
                f"判决书、裁定书送达之日起{APPEAL_DAYS_ABROAD}日内可以上诉（在中华人民共和国领域内没有住所的当事人）。"
            )
        else:
            text = (
                f"不服判决的，自判决书送达之日起{APPEAL_DAYS_JUDGMENT}日内上诉；不服裁定的，"
                f"自裁定书送达之日起{APPEAL_DAYS_RULING}日内上诉。"
            )
        text += (
            "判决日期尚不可知，届时按同样规则（次日起算、遇休息日顺延）计算：收到判决书后填写 "
            "service.judgment_served_on 即可算出日期。上诉状通过原审人民法院提出。"
        )
        rows.append(
            Deadline(key="appeal", date=None, explanation=text, basis=basis.APPEAL, field="court.procedure", **label)
        )
    if service.ruling_served_on is not None:
        rows.append(_appeal_from(service.ruling_served_on, "ruling", abroad, calendar))
    return rows


def _appeal_from(served: dt.date, paper: str, abroad: bool, calendar: Calendar) -> Deadline:
    """The appeal deadline of a judgment (15 days) or ruling (10 days) served on ``served`` (30 days abroad)."""
    judgment = paper == "judgment"
    days = APPEAL_DAYS_ABROAD if abroad else APPEAL_DAYS_JUDGMENT if judgment else APPEAL_DAYS_RULING
    period = count(served, days, calendar)
    name = "判决书" if judgment else "裁定书"
    if abroad:
        lead = (
            f"当事人在中华人民共和国领域内没有住所，不服第一审{name[:2]}的，自{name}送达之日起{days}日内上诉"
            "（《民事诉讼法》第286条）："
        )
    elif judgment:
        lead = f"不服第一审判决的，自判决书送达之日起{days}日内上诉（《民事诉讼法》第171条第1款）："
    else:
        lead = (
            f"不服第一审裁定的，自裁定书送达之日起{days}日内上诉（《民事诉讼法》第171条第2款；可以上诉的裁定限于"
            f"{APPEALABLE_RULINGS}，《民事诉讼法》第157条 (unverified)）："
        )
    article = basis.APPEAL_ABROAD if abroad else basis.APPEAL_JUDGMENT if judgment else basis.APPEAL_RULING
    return Deadline(
        key="appeal" if judgment else "appeal_ruling",
        date=period.end,
        label_zh="上诉期限" if judgment else "裁定上诉期限",
        label_en="appeal deadline" if judgment else "appeal deadline (ruling)",
        explanation=lead + describe(period, f"收到{name}", calendar) + APPEAL_FILING + POSTING_NOTE,
        basis=article,
        uncovered_years=period.uncovered_years,
        field="service.judgment_served_on" if judgment else "service.ruling_served_on",
    )
