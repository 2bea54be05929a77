"""A notebook form (ipywidgets): change the service facts of a case and see its deadlines and findings update.

    import summons_kit as sk
    from summons_kit.report.form import CaseForm

    form = CaseForm(sk.load_case("case.toml"))
    form  # the fields, then the report; form.case and form.report follow every change

Needs ``pip install "summons_kit[notebook]"`` (ipywidgets). Only the facts the deadlines are computed from are in the
form (served on, how, the evidence deadline, the hearing, the procedure, the day counted from); the rest of the case
stays as loaded.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import attrs

from summons_kit.case.model import Case, Procedure, ServiceMethod
from summons_kit.check.report import Report, check
from summons_kit.report.html import report_html

__all__ = ["CaseForm"]

NONE = "—"


def _widgets() -> Any:
    try:
        import ipywidgets
    except ImportError:  # pragma: no cover - the message is the point
        raise ImportError(
            "表单需要 ipywidgets:pip install 'summons_kit[notebook]' / the form needs ipywidgets: "
            "pip install 'summons_kit[notebook]'"
        ) from None
    return ipywidgets


class CaseForm:
    """The form's widgets (``widget``), the case as the form has it now (``case``) and its check (``report``)."""

    def __init__(self, case: Case, today: dt.date | None = None) -> None:
        w = _widgets()
        service, hearing = case.service, case.service.hearing
        day = hearing.date() if isinstance(hearing, dt.datetime) else hearing
        style = {"description_width": "12em"}
        self.served_on = w.DatePicker(value=service.served_on, description="送达日 served on", style=style)
        self.method = w.Dropdown(
            options=[NONE, *(m.value for m in ServiceMethod)],
            value=service.method.value if service.method else NONE,
            description="送达方式 method",
            style=style,
        )
        self.evidence = w.DatePicker(value=service.evidence_deadline, description="举证期限 evidence", style=style)
        self.hearing_day = w.DatePicker(value=day, description="开庭日 hearing", style=style)
        self.hearing_time = w.Text(
            value=f"{hearing:%H:%M}" if isinstance(hearing, dt.datetime) else "",
            placeholder="09:30",
            description="开庭时间 time",
            style=style,
        )
        self.procedure = w.Dropdown(
            options=[NONE, *(p.value for p in Procedure)],
            value=case.court.procedure.value if case.court.procedure else NONE,
            description="程序 procedure",
            style=style,
        )
        self.today = w.DatePicker(value=today or dt.date.today(), description="今天 today", style=style)
        self.problem = w.HTML()
        self.shown = w.HTML()
        fields = [self.served_on, self.method, self.evidence, self.hearing_day, self.hearing_time, self.procedure]
        self.widget = w.VBox([*fields, self.today, self.problem, self.shown])
        self._base = case
        self.case = case
        self.report: Report = check(case, today=self.today.value)
        for field in [*fields, self.today]:
            field.observe(self._update, names="value")
        self._update()

    def _hearing(self) -> dt.date | dt.datetime | None:
        day, time = self.hearing_day.value, self.hearing_time.value.strip()
        if day is None or not time:
            return day
        hour, _, minute = time.replace("：", ":").partition(":")
        return dt.datetime.combine(day, dt.time(int(hour), int(minute or 0)))

    def _update(self, _change: object = None) -> None:
        try:
            hearing = self._hearing()
        except ValueError:
            self.problem.value = (
                '<span style="color:#c62828">开庭时间应写作 09:30 / the hearing time is written 09:30</span>'
            )
            return
        self.problem.value = ""
        service = attrs.evolve(
            self._base.service,
            served_on=self.served_on.value,
            method=None if self.method.value == NONE else ServiceMethod(self.method.value),
            evidence_deadline=self.evidence.value,
            hearing=hearing,
        )
        procedure = None if self.procedure.value == NONE else Procedure(self.procedure.value)
        self.case = attrs.evolve(self._base, service=service, court=attrs.evolve(self._base.court, procedure=procedure))
        self.report = check(self.case, today=self.today.value or dt.date.today())
        self.shown.value = report_html(self.report)

    def _repr_mimebundle_(self, **kwargs: Any) -> dict[str, Any]:
        """The live form where widgets run (JupyterLab, Notebook, VS Code); the report as HTML where they do not (a
        notebook viewer, a saved notebook before it is run)."""
        bundle = dict(self.widget._repr_mimebundle_(**kwargs) or {})
        bundle["text/html"] = self.shown.value
        answer = self.report.deadline("answer")
        due = answer.date.isoformat() if answer and answer.date else "—"
        bundle["text/plain"] = f"CaseForm(served_on={self.case.service.served_on}, answer deadline {due})"
        return bundle
