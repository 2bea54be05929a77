"""The two sample cases checked end to end, built on the shared cases (no parsing).

The 微粒贷 suit under the simple procedure served by post (2025) is conftest's ``weilidai_case``; the
credit-card suit by a debt buyer under the small-claims procedure served electronically (2026) is the package's
example case. Both are trimmed to the papers the check tests were written against. Other test modules import
the builders from here.
"""

from __future__ import annotations

import datetime as dt

import attrs
from conftest import weilidai_case

from summons_kit.case.model import Case, Claim
from summons_kit.check import check
from summons_kit.documents.example import example_case

D = dt.date


def weilidai() -> Case:
    """The 微粒贷 sample: served 2025-09-11 by post, simple procedure, hearing 2025-10-15 09:30; no id number
    for the defendant, a venue clause in the contract, no instalment plan."""
    case = weilidai_case()
    return attrs.evolve(
        case,
        service=attrs.evolve(case.service, hearing_place="本院第七法庭(深圳市前海深港合作区某某路1号)"),
        defendant=attrs.evolve(case.defendant, id_number=None),
        loan=attrs.evolve(case.loan, venue_clause="因本合同发生争议的,由原告住所地人民法院管辖"),
        instalment=None,
    )


def credit_card() -> Case:
    """The credit-card sample: a debt buyer, small claims, e-served 2026-02-03, hearing 2026-03-03 14:30;
    neither id number nor phone for the defendant, the assignment notified by a 报纸公告, no instalment plan."""
    case = example_case()
    return attrs.evolve(
        case,
        defendant=attrs.evolve(case.defendant, id_number=None, phone=""),
        assignment=attrs.evolve(case.assignment, notified=True, notice_method="报纸公告"),
        instalment=None,
    )


def test_weilidai_sample_report() -> None:
    report = check(weilidai(), today=D(2025, 9, 20))
    assert report.ok
    # 2025-09-11 + 15 days = Friday 2025-09-26 (民诉法 128, 85)
    assert report.deadline("answer").date == D(2025, 9, 26)
    assert report.deadline("jurisdiction").date == D(2025, 9, 26)
    assert report.deadline("evidence").date == D(2025, 9, 26)
    assert report.deadline("hearing").at == dt.datetime(2025, 10, 15, 9, 30)
    codes = set(report.codes())
    # 0.075 % a day = 27.375 % a year from a licensed bank; the court sits in 深圳, the defendant lives in
    # 广州
    # the venue clause names the lender's seat: graded info (民诉法解释 31), not the 签订地 warning
    assert {"rate.above_licensed_cap", "jurisdiction.far_court_lender_seat", "claims.acceleration"} <= codes
    # 15,600.00 + 1,418.10 = 17,018.10: the stated total is consistent; 罚息 without 违约金: no stacking
    # finding
    assert "claims.total_mismatch" not in codes and "claims.penalty_and_damages" not in codes
    assert "assignment.not_notified" not in codes  # the plaintiff is the lender


def test_credit_card_sample_report() -> None:
    report = check(credit_card(), today=D(2026, 2, 5))
    # 2026-02-03 + 15 = 2026-02-18, Spring Festival (2-15..2-23 off): the period ends Tuesday 2026-02-24
    assert report.deadline("answer").date == D(2026, 2, 24)
    assert report.deadline("evidence").date == D(2026, 2, 10)
    codes = set(report.codes())
    assert "assignment.notice_by_publication" in codes  # notified by a newspaper notice
    assert "jurisdiction.far_court_no_clause" in codes  # 上海 court, 杭州 defendant, no venue clause recorded
    assert "rate.above_licensed_cap" not in codes  # 万分之五 a day = 18.25 % a year
    assert report.deadline("appeal").explanation.startswith("本案适用小额诉讼程序，实行一审终审")


def test_claims_read_by_the_fields_parser_give_the_same_findings() -> None:
    from summons_kit.fields.claims import parse_claim, parse_rate

    texts = [c.text for c in weilidai().claims]
    parsed = tuple(Claim(text=t, amount=(info := parse_claim(t)).amount, info=info) for t in texts)
    case = attrs.evolve(
        weilidai(), claims=parsed, loan=attrs.evolve(weilidai().loan, rate=parse_rate("日利率0.05%"), penalty_rate=None)
    )
    report = check(case, today=D(2025, 9, 20))
    rate = next(f for f in report.findings if f.code == "rate.above_licensed_cap")
    assert rate.field == "claims[2]" and "27.375%" in rate.message  # the claim's 日利率0.075%, 365 days
    assert "claims.total_mismatch" not in report.codes()  # 15,600.00 + 1,418.10 = 17,018.10
