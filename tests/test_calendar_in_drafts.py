"""A year's arrangement supplied by the user reaches the drafts, not only the check.

Also: the suggestion topics name real finding codes.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import attrs
import pytest
from conftest import office_text

import summons_kit as sk
from summons_kit.cli import main
from summons_kit.documents.suggestions import TOPICS
from summons_kit.law.calendar import Calendar
from summons_kit.law.rules import rule_table

ROOT = Path(__file__).resolve().parent.parent
TODAY = dt.date(2026, 11, 28)


@pytest.fixture(scope="module")
def case() -> sk.Case:
    loaded = sk.load_case(ROOT / "examples" / "weilidai" / "case.toml")
    # roll_to_workday: the plan asks for due days on a rest day to move (by default the agreed day stands)
    plan = attrs.evolve(
        loaded.instalment, months=3, first_due=dt.date(2027, 1, 15), down_payment=Decimal("0.00"), roll_to_workday=True
    )
    return attrs.evolve(loaded, instalment=plan)


def _dues(context: dict) -> list[str]:
    return [row["due"] for row in context["instalment"]["rows"]]


def test_a_supplied_holiday_moves_an_instalment_due_date(case: sk.Case) -> None:
    # 2027-03-15 is a Monday; once the user's 2027 arrangement makes it a holiday, the instalment falls on the 16th
    calendar = Calendar().with_arrangement(2027, holidays=[dt.date(2027, 3, 15)], workdays=[])
    assert _dues(sk.template_context(case, today=TODAY)) == ["2027年1月15日", "2027年2月15日", "2027年3月15日"]
    assert _dues(sk.template_context(case, today=TODAY, calendar=calendar)) == [
        "2027年1月15日",
        "2027年2月15日",
        "2027年3月16日",
    ]


@pytest.mark.office
def test_the_cli_passes_the_calendar_file_to_the_drafts(
    case: sk.Case, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = (ROOT / "examples" / "weilidai" / "case.toml").read_text(encoding="utf-8")
    text = text.replace("months = 24", "months = 3").replace(
        'first_due = "2027年1月15日"', 'first_due = "2027年1月15日"'
    )
    text = text.replace('down_payment = "人民币2,000元"\n', "roll_to_workday = true\n")
    case_file = tmp_path / "case.toml"
    case_file.write_text(text, encoding="utf-8")
    arrangement = tmp_path / "2027.toml"
    arrangement.write_text('[2027]\nholidays = ["2027-03-15"]\nworkdays = []\n', encoding="utf-8")
    code = main(
        ["draft", str(case_file), "-o", str(tmp_path / "out"), "--calendar", str(arrangement), "--today", "2026-11-28"]
    )
    capsys.readouterr()
    assert code == 0
    text = office_text(tmp_path / "out" / "分期还款申请书.docx").replace(" ", "")
    assert "2027年3月16日" in text and "2027年3月15日" not in text


def test_every_suggestion_topic_names_a_registered_code() -> None:
    codes = {c.code for c in rule_table()}
    unknown = [code for topic in TOPICS for code in topic.codes if code not in codes]
    assert unknown == []
