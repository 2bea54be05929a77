"""The notebook form: changing a fact updates the case, its check and the report shown."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

import summons_kit as sk

pytest.importorskip("ipywidgets", reason="the notebook extra installs ipywidgets")

from summons_kit.report.form import CaseForm

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "weilidai" / "case.toml"


def test_a_changed_service_date_moves_the_deadlines_shown() -> None:
    form = CaseForm(sk.load_case(EXAMPLE), today=dt.date(2026, 11, 28))
    assert form.report.deadline("answer").date == dt.date(2026, 12, 7)
    assert "2026-12-22 星期二 09:30" in form.shown.value
    form.served_on.value = dt.date(2026, 11, 2)  # 15 days: 11-17
    assert form.case.service.served_on == dt.date(2026, 11, 2)
    assert form.report.deadline("answer").date == dt.date(2026, 11, 17)
    assert "2026-11-17 星期二" in form.shown.value and "deadline.answer_passed" in form.shown.value


def test_the_hearing_time_and_the_procedure_are_read_from_the_form() -> None:
    form = CaseForm(sk.load_case(EXAMPLE), today=dt.date(2026, 11, 28))
    form.hearing_time.value = "14:30"
    assert form.case.service.hearing == dt.datetime(2026, 12, 22, 14, 30)
    assert "2026-12-22 星期二 14:30" in form.shown.value
    form.hearing_time.value = "下午"
    assert "09:30" in form.problem.value and form.case.service.hearing == dt.datetime(2026, 12, 22, 14, 30)
    form.hearing_time.value = "9:30"  # while the time cannot be read, nothing else is taken from the form
    assert form.problem.value == "" and form.case.service.hearing == dt.datetime(2026, 12, 22, 9, 30)
    form.procedure.value = "小额诉讼程序"
    assert form.report.deadline("appeal").undated_zh == "一审终审"


def test_without_widgets_a_viewer_shows_the_report() -> None:
    form = CaseForm(sk.load_case(EXAMPLE), today=dt.date(2026, 11, 28))
    bundle = form._repr_mimebundle_()
    assert "application/vnd.jupyter.widget-view+json" in bundle
    assert "2026-12-22 星期二 09:30" in bundle["text/html"]
    assert bundle["text/plain"] == "CaseForm(served_on=2026-11-20, answer deadline 2026-12-07)"
