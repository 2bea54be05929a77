"""Check a case: its deadlines and the findings a lawyer should see (a :class:`Report`).

Findings are suggestions to a lawyer, never a refusal to draft: ``Report.ok`` is False only when a finding is
an
``error`` (contradictory data such as a service date after the hearing), and drafting goes on regardless.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import attrs

from summons_kit.case import registry
from summons_kit.case.model import Case
from summons_kit.law.calendar import DEFAULT, Calendar
from summons_kit.law.deadlines import DEADLINE_KEYS, Deadline, compute_deadlines
from summons_kit.law.finding import SEVERITIES, Context, Finding, run
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

    # The notebook display (_repr_html_) is registered by summons_kit.report.html, the layer that renders.


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
