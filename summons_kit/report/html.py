"""Notebook displays: a :class:`Case`, a :class:`Report` and an instalment :class:`Schedule` as HTML tables.

Jupyter (and VS Code) call an object's ``_repr_html_``. The classes live in lower layers (case, law, check) that may
not import this one, so this module *registers* the displays: importing it sets ``_repr_html_`` on the three classes
(:func:`register`); ``import summons_kit`` does it when the first of them is looked up. Every value is escaped; every
cell carries inline styles (``text-align:left``; dates ``white-space:nowrap``) because notebook front ends right-align
table cells and wrap them at each space with their own CSS.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Iterable, Sequence
from decimal import Decimal

from summons_kit.case.model import Case, Party
from summons_kit.check.report import Report
from summons_kit.fields.dates import weekday_zh
from summons_kit.law.deadlines import Deadline
from summons_kit.law.finding import SEVERITIES, SEVERITY_ZH, Finding
from summons_kit.law.schedule import Schedule

__all__ = ["case_html", "date_cell", "money", "register", "report_html", "schedule_html", "table"]

CELL = "text-align:left;vertical-align:top;padding:3px 10px 3px 0;border-bottom:1px solid #ddd"
NOWRAP = CELL + ";white-space:nowrap"
NUMBER = "text-align:right;vertical-align:top;padding:3px 10px 3px 0;border-bottom:1px solid #ddd;white-space:nowrap"
TABLE = "border-collapse:collapse;margin:4px 0 10px 0;width:auto"
HEADING = "text-align:left;margin:10px 0 4px 0;font-weight:bold"
#: colour per severity (error red, warning orange, info blue)
COLOURS = {"error": "#c62828", "warning": "#ef6c00", "info": "#1565c0"}
SEVERITY_EN = {"error": "errors", "warning": "warnings", "info": "notes"}

esc = html.escape


def td(content: str, style: str = CELL) -> str:
    """A cell; ``content`` is HTML (escape text first)."""
    return f'<td style="{style}">{content}</td>'


def table(headers: Sequence[str], rows: Iterable[Sequence[str]]) -> str:
    """A table of cells made by :func:`td` (``headers`` are text and are escaped)."""
    head = "".join(f'<th style="{NOWRAP};font-weight:bold">{esc(h)}</th>' for h in headers)
    body = "".join("<tr>" + "".join(row) + "</tr>" for row in rows)
    return f'<table style="{TABLE}"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>'


def heading(text_html: str) -> str:
    return f'<div style="{HEADING}">{text_html}</div>'


def paragraph(text_html: str) -> str:
    return f'<div style="text-align:left;margin:2px 0">{text_html}</div>'


def both(zh: str, en: str) -> str:
    """Chinese, then English in small grey type."""
    return f'{esc(zh)}<br><small style="color:#666">{esc(en)}</small>'


def date_text(day: dt.date | dt.datetime | None) -> str:
    """``2026-12-22 星期二 09:30`` (the time only for a datetime)."""
    if day is None:
        return ""
    if isinstance(day, dt.datetime):
        return f"{day.date().isoformat()} {weekday_zh(day.date())} {day:%H:%M}"
    return f"{day.isoformat()} {weekday_zh(day)}"


def date_cell(day: dt.date | dt.datetime | None) -> str:
    return td(esc(date_text(day)) or "—", NOWRAP)


def money(amount: Decimal | None) -> str:
    """``12,345.67`` (escaped), or a dash."""
    return "—" if amount is None else esc(f"{amount:,.2f}")


# --- Case ------------------------------------------------------------------------------------------------------


def _party(role_zh: str, role_en: str, party: Party) -> list[str]:
    who = esc(party.name) or "<i>（未填 / not entered）</i>"
    if party.representative:
        who += f"<br><small>{esc(party.representative_title or '法定代表人')}：{esc(party.representative)}</small>"
    return [td(both(role_zh, role_en), NOWRAP), td(who), td(esc(party.address))]


def case_html(case: Case) -> str:
    """The parties, the court, the claims with their amounts and the key dates of ``case``."""
    court, service = case.court, case.service
    number = str(court.case_number) if court.case_number else "（案号未填 / no case number）"
    procedure = f" · {esc(str(court.procedure.value))}" if court.procedure else ""
    title = f"<b>{esc(number)}</b> {esc(court.cause)}{procedure}<br>{esc(court.name)}"
    parties = [_party("原告", "plaintiff", case.plaintiff), _party("被告", "defendant", case.defendant)]
    if case.agent is not None:
        parties.append(
            [
                td(both("代理人", "agent"), NOWRAP),
                td(esc(case.agent.name)),
                td(esc(f"{case.agent.firm} {case.agent.title}")),
            ]
        )
    claims = [[td(str(i), NUMBER), td(esc(c.text)), td(money(c.amount), NUMBER)] for i, c in enumerate(case.claims, 1)]
    if case.claims:
        claims.append([td(""), td("<b>合计 / total</b>"), td(f"<b>{money(case.claimed_total)}</b>", NUMBER)])
    hearing = date_text(service.hearing)
    dated = [
        ("送达日", "served on", date_text(service.served_on), "service.served_on"),
        ("送达方式", "service method", str(service.method.value) if service.method else "", "service.method"),
        ("通知落款日", "notice dated", date_text(service.notice_date), "service.notice_date"),
        ("举证期限", "evidence deadline", date_text(service.evidence_deadline), "service.evidence_deadline"),
        ("开庭", "hearing", hearing, "service.hearing"),
        ("判决书送达", "judgment served", date_text(service.judgment_served_on), "service.judgment_served_on"),
        ("裁定书送达", "ruling served", date_text(service.ruling_served_on), "service.ruling_served_on"),
    ]
    if case.instalment is not None:
        plan = case.instalment
        dated.append(("首期还款日", "first instalment", date_text(plan.first_due), "instalment.first_due"))
    dates = []
    for zh, en, value, key in dated:
        if value:
            dates.append([td(both(zh, en), NOWRAP), td(esc(value), NOWRAP), td(f"<code>{esc(key)}</code>")])
        if key == "service.hearing" and service.hearing_place:  # the place wraps, the date above it does not
            where = both("开庭地点", "hearing place")
            dates.append([td(where, NOWRAP), td(esc(service.hearing_place)), td("<code>service.hearing_place</code>")])
    return (
        f'<div style="text-align:left">{paragraph(title)}'
        + heading("当事人 / parties")
        + table(["", "名称 / name", "住所 / address"], parties)
        + heading("诉讼请求 / claims")
        + (table(["#", "请求 / claim", "金额（元）/ amount"], claims) if claims else paragraph("—"))
        + heading("关键日期 / key dates")
        + (table(["", "日期 / date", "字段 / key"], dates) if dates else paragraph("—"))
        + "</div>"
    )


# --- Report ----------------------------------------------------------------------------------------------------


def _deadline_shown(deadline: Deadline) -> str:
    day = deadline.day
    if day is None:
        return deadline.undated_zh or "—"
    shown = date_text(deadline.at if deadline.at is not None and deadline.at.date() == day else day)
    if deadline.date is None and deadline.earliest is not None:
        return f"最早 {shown}"
    if deadline.date is None and deadline.latest is not None:
        return f"最迟 {shown}"
    return shown


def _finding_row(finding: Finding) -> list[str]:
    point = f"<br><i>答辩要点：{esc(finding.point)}</i>" if finding.point else ""
    colour = COLOURS[finding.severity]
    return [
        td(f'<span style="color:{colour};font-weight:bold">{esc(SEVERITY_ZH[finding.severity])}</span>', NOWRAP),
        td(f"<code>{esc(finding.code)}</code><br><code>{esc(finding.field)}</code>"),
        td(f"{both(finding.message, finding.message_en)}{point}"),
        td(f"<small>{esc(finding.basis)}</small>"),
    ]


def report_html(report: Report) -> str:
    """The deadlines (date, weekday, the hearing's time, days left, how computed, basis) and the findings grouped
    by severity, each group in its colour."""
    rows = []
    for d in report.deadlines:
        left = report.days_left(d)
        rows.append(
            [
                td(both(d.label_zh, d.label_en), NOWRAP),
                td(esc(_deadline_shown(d)), NOWRAP),
                td("" if left is None else str(left), NUMBER),
                td(esc(d.explanation)),
                td(f"<small>{esc(d.basis)}</small>"),
            ]
        )
    status = "无错误 / no error" if report.ok else f"{len(report.errors)} 个错误 / errors"
    summary = f"{status}，{len(report.warnings)} 个警告 / warnings，{len(report.infos)} 个提示 / notes"
    out = [
        paragraph(f"<b>案件检查 / case check</b> — {esc(report.today.isoformat())}：{esc(summary)}"),
        heading("期限 / deadlines"),
        table(["期限 / deadline", "日期 / date", "剩余天数 / days left", "计算说明 / how", "依据 / basis"], rows),
    ]
    for severity in SEVERITIES:
        found = [f for f in report.findings if f.severity == severity]
        if not found:
            continue
        colour = COLOURS[severity]
        label = f"{SEVERITY_ZH[severity]} / {SEVERITY_EN[severity]} ({len(found)})"
        out.append(heading(f'<span style="color:{colour}">{esc(label)}</span>'))
        out.append(table(["级别", "代码 / 字段", "说明 / message", "依据 / basis"], map(_finding_row, found)))
    if not report.findings:
        out.append(paragraph("没有发现问题 / no findings"))
    return '<div style="text-align:left">' + "".join(out) + "</div>"


# --- Schedule --------------------------------------------------------------------------------------------------


def schedule_html(schedule: Schedule) -> str:
    """Every payment: period, due date (and the agreed day when it moved to a working day), amount, balance."""
    rows = []
    for r in schedule.rows:
        due = esc(date_text(r.due))
        if r.moved:
            due += f'<br><small style="color:#666">约定 / agreed {esc(r.nominal_due.isoformat())}</small>'
        rows.append(
            [td(esc(r.label), NOWRAP), td(due, NOWRAP), td(money(r.amount), NUMBER), td(money(r.balance), NUMBER)]
        )
    down = f"，首付 / down payment {money(schedule.down_payment)}" if schedule.down_payment > 0 else ""
    summary = (
        f"<b>分期还款计划 / instalment schedule</b>：共 {money(schedule.total)} 元，{schedule.months} 期{down}；"
        f"每期 {money(schedule.regular_amount)}，末期 {money(schedule.last_amount)}；"
        f"{esc(schedule.rows[0].due.isoformat())} — {esc(schedule.last_due.isoformat())}"
    )
    return (
        '<div style="text-align:left">'
        + paragraph(summary)
        + table(["期次 / period", "还款日 / due", "金额（元）/ amount", "剩余（元）/ balance"], rows)
        + "</div>"
    )


# --- registration ----------------------------------------------------------------------------------------------


def register() -> None:
    """Set ``_repr_html_`` on Case, Report and Schedule (done when this module is imported; safe to repeat)."""
    for cls, render in ((Case, case_html), (Report, report_html), (Schedule, schedule_html)):
        setattr(cls, "_repr_html_", render)  # noqa: B010 (mypy: the classes declare no such attribute)


register()
