"""What the answer says about an unnotified assignment and a far-away court, before and after the answer period."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

import summons_kit as sk

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def card() -> sk.Case:
    return sk.load_case(ROOT / "examples" / "credit_card" / "case.toml")


def _finding(report: sk.Report, code: str) -> sk.Finding:
    return next(f for f in report.findings if f.code == code)


def test_an_unnotified_assignment_point_states_the_2023_interpretation(card: sk.Case) -> None:
    point = _finding(sk.check(card, today=dt.date(2026, 11, 28)), "assignment.not_notified").point
    # 合同编通则解释 48: the assignment binds the debtor from service of the complaint; extra costs on the assignee
    assert "自起诉状副本送达答辩人时起才对答辩人发生效力" in point
    assert "第四十八条" in point and "第五百四十六条" in point and "第五百四十八条" in point
    assert "该转让对答辩人不发生效力；" not in point  # the over-broad claim the point used to make


def test_a_far_court_within_the_answer_period(card: sk.Case) -> None:
    finding = _finding(sk.check(card, today=dt.date(2026, 11, 28)), "jurisdiction.far_court_no_clause")
    assert "应在答辩期内（至2026年12月9日）另行书面提出管辖权异议" in finding.message
    assert "民诉法第86条" not in finding.basis


def test_a_far_court_after_the_answer_period(card: sk.Case) -> None:
    finding = _finding(sk.check(card, today=dt.date(2026, 12, 20)), "jurisdiction.far_court_no_clause")
    assert "答辩期已于2026年12月9日届满" in finding.message
    assert "障碍消除后的10日内申请顺延（第86条）" in finding.message
    assert "应在答辩期内（至" not in finding.message
    assert finding.basis.endswith("民诉法第86条")


def test_two_lender_names_that_differ_are_no_assignment_to_argue() -> None:
    """The finding asks; the answer point (an assignment never notified, 民法典 第546条) is suggested only when the
    case records an assignment and that it was not notified: never inferred from two names."""
    case = sk.load_case(ROOT / "examples" / "weilidai" / "case.toml")
    assert case.loan is not None and case.assignment is None
    renamed = sk.load_case(
        {**_as_dict(case), "loan": {**_as_dict(case)["loan"], "lender": "微众银行"}}  # the same bank, written short
    )
    finding = _finding(sk.check(renamed, today=dt.date(2026, 11, 28)), "assignment.not_notified")
    assert "案件未载明是否通知答辩人" in finding.message
    assert "【待确认：原告是否受让债权" in finding.point and "均未将债权转让事实通知答辩人" not in finding.point
    unnotified = sk.load_case({**_as_dict(case), "assignment": {"assignor": "某某银行股份有限公司", "notified": False}})
    told = _finding(sk.check(unnotified, today=dt.date(2026, 11, 28)), "assignment.not_notified")
    assert "均未将债权转让事实通知答辩人" in told.point


def _as_dict(case: sk.Case) -> dict[str, object]:
    from summons_kit.case.dump import case_dict

    return case_dict(case)
