"""Standard terms (民法典 496-498; cards 银行卡民事纠纷司法解释 2), repayments (民法典 560-561) and acceleration
after maturity."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import attrs
from test_check_findings import one
from test_check_rules import TODAY, court, evolve, loan

from summons_kit.check import check
from summons_kit.law.rules_money import claimed_principal
from summons_kit.law.topics import topic_of

D = dt.date


def test_standard_terms_are_read_only_when_the_case_says_so() -> None:
    """Never assume a fact the case file does not state: an unset standard_form raises nothing."""
    assert "claims.standard_terms" not in check(loan(), today=TODAY).codes()
    finding = one(loan(standard_form=True), "claims.standard_terms")
    assert "原告主张的罚息、复利" in finding.message  # the clean case claims 利息、罚息、复利
    assert finding.basis == "民法典第496条、第497条、第498条"
    assert "第四百九十六条" in finding.point and topic_of(finding.code) is not None


def test_a_card_cites_the_bank_card_rules() -> None:
    case = evolve(loan(standard_form=True), "court", cause="信用卡纠纷")
    finding = one(case, "claims.standard_terms")
    assert finding.basis == "民法典第496条、第497条、第498条；银行卡民事纠纷司法解释第2条"
    assert "《银行卡民事纠纷司法解释》第2条" in finding.message


def test_a_venue_clause_deciding_jurisdiction_is_a_standard_term() -> None:
    far = evolve(
        court(name="深圳前海合作区人民法院"), "loan", standard_form=True, venue_clause="由贷款人住所地法院管辖"
    )
    far = evolve(far, "loan", rate=None)
    finding = one(far, "claims.standard_terms")
    assert "管辖条款（“由贷款人住所地法院管辖”）" in finding.message


def test_repayments_the_claimed_principal_does_not_credit() -> None:
    """Principal 20,000, repaid 5,000: 15,000 is owed, but the claims ask for 15,600."""
    finding = one(loan(repaid_principal=Decimal("5000.00")), "claims.repayments_not_deducted")
    assert "尚欠本金应为15,000.00元；原告主张的本金为15,600.00元，多出600.00元" in finding.message
    assert finding.basis == "民法典第560条、第561条" and "第五百六十条" in finding.point


def test_repayments_that_match_raise_nothing() -> None:
    assert claimed_principal(loan()) == Decimal("15600.00")
    assert "claims.repayments_not_deducted" not in check(loan(repaid_principal=Decimal("4400.00")), today=TODAY).codes()


def test_a_claimed_principal_below_the_balance_asks_to_check_the_entry_and_suggests_nothing() -> None:
    finding = one(loan(repaid_principal=Decimal("4000.00")), "claims.repayments_not_deducted")
    assert "请核对 loan.repaid_principal" in finding.message and finding.point == ""


# --- the total cost of the loan (issue 9 item 5) ---------------------------------------------------------------


def test_interest_deducted_in_advance() -> None:
    """民法典 第670条 (unverified): the principal counts at the amount actually received."""
    finding = one(loan(amount_received=Decimal("18000.00")), "claims.interest_deducted_in_advance")
    assert "答辩人实际收到18,000.00元，差额2,000.00元系预先扣除" in finding.message
    assert finding.basis == "民法典第670条 (unverified)"
    assert "应以18,000.00元为本金重新计算" in finding.point


def test_the_effective_annual_cost_from_the_claimed_amounts() -> None:
    """1,418.10 of interest, penalty and compound interest on 15,600 over the 80 days from 2025-06-01 to the
    filing (2025-08-20; the claim states no end date) is about 41.47 % a year (x 365): above the 24 % line
    (法发〔2017〕22号 item 2, unverified)."""
    finding = one(loan(overdue_since=D(2025, 6, 1)), "rate.effective_cost_above_24")
    assert "共1,418.10元，以主张的本金15,600.00元为基数，自逾期之日2025年6月1日至2025年8月20日共80日" in finding.message
    assert "约为41.47%" in finding.message and finding.severity == "warning"
    assert "rate.effective_cost_above_24" not in check(loan(overdue_since=D(2024, 6, 1)), today=TODAY).codes()


def test_a_small_loan_companys_rate_above_24_is_a_warning() -> None:
    from summons_kit.law.rules import rule_table

    assert next(c for c in rule_table() if c.code == "rate.local_financial_above_24").severity == "warning"


def test_a_fee_claimed_with_a_rate_counts_in_the_combined_sum() -> None:
    """A 服务费 at 日0.02% (7.3 %) on top of the contract rate (18.25 %) is 25.55 %: above 24 % together."""
    from summons_kit.case.model import Claim

    case = attrs.evolve(loan(), claims=(loan().claims[0], Claim(text="判令被告支付服务费（按日利率0.02%计算）")))
    finding = one(case, "rate.combined_above_24")
    assert "第2项诉讼请求的费用费率" in finding.message and "25.55%" in finding.message


def test_the_internal_rate_of_return_of_the_repayment_schedule() -> None:
    """20,000 repaid as 12 x 2,000 (24,000): a monthly IRR of about 2.92 %, 35.07 % a year (x 12)."""
    from summons_kit.law.rules_money import monthly_irr

    rate = monthly_irr(Decimal("20000"), Decimal("2000"), 12)
    assert rate is not None and abs(rate - Decimal("0.029229")) < Decimal("0.000001")
    finding = one(loan(term_months=12, instalment_amount=Decimal("2000.00")), "rate.irr_above_24")
    assert "借款本金20,000.00元，每月还款2,000.00元，共12期" in finding.message and "约为35.07%" in finding.message
    # fees deducted in advance raise it: the IRR runs on what was received (民法典 670)
    received = one(
        loan(term_months=12, instalment_amount=Decimal("1800.00"), amount_received=Decimal("18000.00")),
        "rate.irr_above_24",
    )
    assert "实际收到18,000.00元" in received.message
    assert (
        "rate.irr_above_24"
        not in check(loan(term_months=12, instalment_amount=Decimal("1800.00")), today=TODAY).codes()
    )
