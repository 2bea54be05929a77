"""A far court, graded by what decides the venue (民诉法 35; 民诉法解释 18 ¶2, 31, 33)."""

from __future__ import annotations

import attrs
from test_check_findings import one
from test_check_rules import BUYER, court, evolve

from summons_kit.case.model import Case
from summons_kit.law.rules_parties import venue_clause_kind

FAR = court(name="深圳前海合作区人民法院")


def with_clause(clause: str, case: Case = FAR) -> Case:
    return evolve(case, "loan", venue_clause=clause)


def test_no_clause_points_to_the_place_of_performance() -> None:
    """民诉法解释 第18条第2款: the receiving party's seat is the place of performance of a money claim."""
    finding = one(FAR, "jurisdiction.far_court_no_clause")
    assert venue_clause_kind(FAR) == "none" and finding.severity == "info"
    assert "接收货币一方所在地为合同履行地（《民诉法解释》第18条第2款）" in finding.message
    assert "成功的可能性较低" in finding.message and "民诉法解释第18条第2款 (unverified)" in finding.basis


def test_a_signing_place_clause_makes_a_strong_objection() -> None:
    finding = one(with_clause("本合同签订地为深圳市南山区，争议由合同签订地法院管辖"), "jurisdiction.far_court")
    assert finding.severity == "warning"
    assert "理由较为充分" in finding.message and "第35条" in finding.message


def test_a_plaintiffs_seat_clause_turns_on_notice() -> None:
    finding = one(with_clause("由贷款人住所地人民法院管辖"), "jurisdiction.far_court_lender_seat")
    assert finding.severity == "info"
    assert "（《民诉法解释》第31条）" in finding.message and "取决于签约时有无提示" in finding.message


def test_an_assignee_is_bound_by_the_original_clause() -> None:
    bought = attrs.evolve(
        evolve(FAR, "plaintiff", name=BUYER), loan=attrs.evolve(FAR.loan, lender="某某银行股份有限公司")
    )
    finding = one(with_clause("由贷款人住所地人民法院管辖", bought), "jurisdiction.far_court_lender_seat")
    assert "受让人受原合同管辖条款的约束（《民诉法解释》第33条）" in finding.message
    assert finding.basis.endswith("民诉法解释第33条")
