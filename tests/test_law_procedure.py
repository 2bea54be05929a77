"""Procedure (issue 9 item 9): small claims and simple procedure exclusions, the small-claims objection."""

from __future__ import annotations

import datetime as dt

from test_check_findings import one
from test_check_rules import TODAY, court, evolve, service

from summons_kit.case.model import Procedure, ServiceMethod
from summons_kit.check import check

SMALL = court(procedure=Procedure.SMALL_CLAIMS)


def test_small_claims_exclude_a_foreign_related_case() -> None:
    """民诉法 第166条 (unverified for these grounds in the kit's reference)."""
    finding = one(evolve(SMALL, "defendant", abroad=True), "procedure.small_claims_excluded")
    assert "本案属涉外民事纠纷" in finding.message and "（《民事诉讼法》第166条）" in finding.message
    assert finding.basis == "民诉法第166条 (unverified)"
    assert "第一百六十六条" in finding.point and "转为普通程序" in finding.point


def test_small_claims_exclude_a_party_whose_whereabouts_are_unknown() -> None:
    case = evolve(SMALL, "service", method=ServiceMethod.PUBLIC_NOTICE, served_on=dt.date(2025, 7, 1))
    assert "如答辩人下落不明" in one(case, "procedure.small_claims_excluded").message


def test_small_claims_objection_before_the_hearing_and_no_appeal() -> None:
    """民诉法 第169条 (unverified): the objection comes before the hearing; 第165条: no appeal."""
    finding = one(SMALL, "procedure.small_claims_objection")
    assert "应当在开庭（2025年10月15日）前向人民法院提出异议" in finding.message
    assert "判决不得上诉（《民事诉讼法》第165条）" in finding.message
    assert "第169条" in finding.message
    assert finding.point == ""  # a procedural application, not an answer point


def test_simple_procedure_excludes_a_defendant_missing_at_filing() -> None:
    """民诉法解释 第257条 (unverified)."""
    case = service(method=ServiceMethod.PUBLIC_NOTICE, served_on=dt.date(2025, 7, 1))
    finding = one(case, "procedure.simple_excluded")
    assert finding.basis == "民诉法解释第257条 (unverified)" and "第二百五十七条" in finding.point


def test_ordinary_procedure_raises_none_of_these() -> None:
    codes = check(court(procedure=Procedure.ORDINARY), today=TODAY).codes()
    assert not [c for c in codes if c.startswith("procedure.")]
