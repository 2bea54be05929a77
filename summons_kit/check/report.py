"""Check a case: its deadlines and the findings a lawyer should see (a :class:`Report`).

Findings are suggestions to a lawyer, never a refusal to draft: ``Report.ok`` is False only when a finding is
an
``error`` (contradictory data such as a service date after the hearing), and drafting goes on regardless.
"""

from __future__ import annotations

import datetime as dt
import html
from typing import Any

import attrs

from summons_kit.case import registry
from summons_kit.case.model import Case
from summons_kit.fields.dates import weekday_zh
from summons_kit.law.calendar import DEFAULT, Calendar
from summons_kit.law.deadlines import DEADLINE_KEYS, Deadline, compute_deadlines
from summons_kit.law.finding import SEVERITIES, SEVERITY_ZH, Context, Finding, run
from summons_kit.law.lpr import LprTable, default_table
from summons_kit.law.rules import RULES, rule_table

__all__ = ["DocumentCall", "Finding", "Report", "check", "document_calls", "rule_table"]


@attrs.frozen
class DocumentCall:
    """Whether the case calls for one registry document, and why not (``reason``, empty when it does)."""

    key: str  # the registry key (--documents KEY)
    title: str  # the Chinese title, also the file name
    applies: bool
    reason: str = ""  # why it is not drafted by default (the registry's skip rule), Chinese / English

    def to_dict(self) -> dict[str, Any]:
        return {"key": self.key, "title": self.title, "applies": self.applies, "reason": self.reason}


def document_calls(case: Case, codes: frozenset[str]) -> tuple[DocumentCall, ...]:
    """Every registry document with whether ``case`` (and the findings' ``codes``) calls for it: the same skip
    rules ``draft`` applies by default."""
    calls = []
    for document in registry.DOCUMENTS:
        reason = document.skip(case, codes, False)
        calls.append(DocumentCall(document.key, document.title, not reason, reason))
    return tuple(calls)


@attrs.frozen
class Report:
    """The deadlines and findings for a case, as of ``today``, and the documents it calls for."""

    findings: tuple[Finding, ...]
    deadlines: tuple[Deadline, ...]
    today: dt.date
    documents: tuple[DocumentCall, ...] = ()  # every registry document, drafted by default or offered with why

    @property
    def ok(self) -> bool:
        """No error findings (warnings and infos do not count)."""
        return not self.errors

    @property
    def errors(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.severity == "error")

    @property
    def warnings(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.severity == "warning")

    @property
    def infos(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.severity == "info")

    @property
    def points(self) -> tuple[Finding, ...]:
        """The findings that suggest an answer point (``finding.point``), in report order."""
        return tuple(f for f in self.findings if f.point)

    def codes(self) -> tuple[str, ...]:
        return tuple(f.code for f in self.findings)

    def deadline(self, key: str) -> Deadline | None:
        """The deadline ``key`` (one of DEADLINE_KEYS), or None when the case does not allow to compute it."""
        if key not in DEADLINE_KEYS:
            raise KeyError(f"unknown deadline {key!r}; known: {', '.join(DEADLINE_KEYS)}")
        return next((d for d in self.deadlines if d.key == key), None)

    def days_left(self, deadline: Deadline) -> int | None:
        day = deadline.day
        return None if day is None else (day - self.today).days

    def to_dict(self, details: bool = False) -> dict[str, Any]:
        """``{"ok", "deadlines": {key: "YYYY-MM-DD"}, "findings": [...]}``; ``details`` adds
        "deadline_details"."""
        out: dict[str, Any] = {
            "ok": self.ok,
            "deadlines": {d.key: d.date.isoformat() for d in self.deadlines if d.date is not None},
            "findings": [f.to_dict() for f in self.findings],
        }
        if details:
            out["deadline_details"] = [_deadline_dict(d) for d in self.deadlines]
            out["documents"] = [d.to_dict() for d in self.documents]
        return out

    def _repr_html_(self) -> str:
        esc = html.escape
        rows = []
        for d in self.deadlines:
            day = d.day
            shown = (d.undated_zh or "—") if day is None else f"{day.isoformat()} {weekday_zh(day)}"
            if d.date is None and d.earliest is not None:
                shown = f"最早 {shown}"
            elif d.date is None and d.latest is not None:
                shown = f"最迟 {shown}"
            left = self.days_left(d)
            cells = [
                f"{esc(d.label_zh)}<br><small>{esc(d.label_en)}</small>",
                esc(shown),
                "" if left is None else str(left),
                esc(d.explanation),
                f"<small>{esc(d.basis)}</small>",
            ]
            rows.append(_row(cells))
        colors = {"error": "#c62828", "warning": "#ef6c00", "info": "#1565c0"}
        found = []
        for f in self.findings:
            point = f"<br><i>答辩要点：{esc(f.point)}</i>" if f.point else ""
            cells = [
                f"<span style='color:{colors[f.severity]}'>{esc(SEVERITY_ZH[f.severity])}</span>",
                f"<code>{esc(f.code)}</code><br><code>{esc(f.field)}</code>",
                f"{esc(f.message)}<br><small>{esc(f.message_en)}</small>{point}",
                f"<small>{esc(f.basis)}</small>",
            ]
            found.append(_row(cells))
        status = "无错误" if self.ok else f"{len(self.errors)} 个错误"
        summary = f"{status}，{len(self.warnings)} 个警告，{len(self.infos)} 个提示"
        return (
            f"<div><p><b>案件检查 / case check</b> — {esc(self.today.isoformat())}：{summary}</p>"
            + _table(["期限", "日期", "剩余天数", "计算说明", "依据"], rows)
            + _table(["级别", "代码 / 字段", "说明", "依据"], found)
            + "</div>"
        )


def _row(cells: list[str]) -> str:
    return "<tr>" + "".join(f"<td>{cell}</td>" for cell in cells) + "</tr>"


def _table(headers: list[str], rows: list[str]) -> str:
    head = "".join(f"<th>{h}</th>" for h in headers)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"


def _deadline_dict(deadline: Deadline) -> dict[str, Any]:
    def iso(day: dt.date | None) -> str | None:
        return day.isoformat() if day else None

    return {
        "key": deadline.key,
        "date": iso(deadline.date),
        "earliest": iso(deadline.earliest),
        "latest": iso(deadline.latest),
        "at": deadline.at.isoformat() if deadline.at else None,
        "label_zh": deadline.label_zh,
        "label_en": deadline.label_en,
        "explanation": deadline.explanation,
        "basis": deadline.basis,
        "uncovered_years": list(deadline.uncovered_years),
        "field": deadline.field,
        "undated_zh": deadline.undated_zh,
    }


def check(
    case: Case, today: dt.date | None = None, calendar: Calendar | None = None, *, lpr: LprTable | None = None
) -> Report:
    """Compute the deadlines and run every rule over ``case`` as of ``today`` (default: the current date)."""
    today = today or dt.date.today()
    calendar = calendar or DEFAULT
    deadlines = compute_deadlines(case, calendar)
    context = Context(case, today, calendar, deadlines, lpr or default_table())
    findings = list(run(RULES, context))
    findings.sort(key=lambda f: SEVERITIES.index(f.severity))  # stable: rule order within a severity
    return Report(tuple(findings), deadlines, today, document_calls(case, frozenset(f.code for f in findings)))
