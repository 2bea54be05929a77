"""Rates written as a mark-up on a base (issue 9 item 4): 上浮/下浮 N%, N倍, 加/减 N个基点, on the stated rate, the
contract rate or the LPR. fields reads the structure; law resolves it (the LPR table, loan.rate)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from test_check_findings import one
from test_check_rules import loan

from summons_kit.errors import ParseError
from summons_kit.fields.claims import parse_claim, parse_rate
from summons_kit.law.limits import annual_of
from summons_kit.law.lpr import default_table


def test_a_mark_up_on_a_stated_daily_rate() -> None:
    """日利率万分之五 is 18.25 % a year (365 days); 上浮30% makes it 23.725 %, not 18.25 %."""
    rate = parse_rate("按日利率万分之五上浮30%")
    assert rate.annual == Decimal("23.725") and rate.day_count == 365
    assert rate.modifier is not None and rate.modifier.kind == "up"


@pytest.mark.parametrize(
    ("text", "annual"),
    [
        ("日利率0.05%的1.5倍", "27.375"),
        ("年利率20%下浮10%", "18"),
        ("年利率24%上浮百分之五十", "36"),
    ],
)
def test_mark_ups_on_a_stated_rate(text: str, annual: str) -> None:
    assert parse_rate(text).annual == Decimal(annual)


def test_a_mark_up_on_the_contract_rate_is_resolved_against_loan_rate() -> None:
    rate = parse_rate("在借款利率基础上上浮50%")
    assert (rate.base, rate.annual) == ("contract", None)
    contract = parse_rate("日利率0.05%")  # 18.25 % a year
    assert annual_of(rate, contract=contract) == Decimal("27.375")
    assert annual_of(parse_rate("合同利率的1.5倍"), contract=contract) == Decimal("27.375")
    assert annual_of(rate) is None  # no contract rate: unknown, never the base taken as the rate


def test_the_lpr_plus_basis_points() -> None:
    """LPR on 2023-11-02 (table, unverified) plus 154 basis points."""
    rate = parse_rate("LPR加154个基点")
    day = dt.date(2023, 11, 2)
    lpr = default_table().rate_on(day)
    assert lpr is not None and annual_of(rate, day) == lpr + Decimal("1.54")
    assert annual_of(parse_rate("一年期LPR减50BP"), day) == lpr - Decimal("0.5")


def test_an_unreadable_mark_up_is_refused_naming_it() -> None:
    with pytest.raises(ParseError) as err:
        parse_rate("年利率18%上浮三成")
    assert "浮动部分" in err.value.reason and "上浮" in err.value.reason


def test_a_penalty_marked_up_on_the_contract_rate_is_checked_against_24_percent() -> None:
    """罚息 at the contract rate (18.25 %) plus 50 % is 27.375 % a year: above the 24 % line."""
    case = loan(penalty_rate=parse_rate("在借款利率基础上上浮50%"))
    finding = one(case, "rate.above_licensed_cap")
    assert finding.field == "loan.penalty_rate"
    assert "以借款利率日利率0.05%为基数，折合年利率27.375%" in finding.message


def test_a_claim_with_a_mark_up_on_the_contract_rate() -> None:
    rate = parse_claim("判令被告支付罚息（按借款利率上浮50%计收）").rate
    assert rate is not None and rate.base == "contract" and rate.modifier is not None
