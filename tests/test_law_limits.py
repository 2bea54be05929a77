"""Interest caps, the LPR table, rate annualisation and the limitation period."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import attrs
import pytest
from conftest import DAILY_005, DAILY_0075
from test_check_cases import weilidai

from summons_kit.case.model import Assignment, Complaint, LenderKind, Loan, Service
from summons_kit.errors import ParseError
from summons_kit.fields.claims import Rate
from summons_kit.law.calendar import DEFAULT
from summons_kit.law.limits import (
    add_years,
    annual_of,
    annualise,
    infer_lender_kind,
    lender_kind,
    licensed_cap,
    limitation,
    old_private_rule,
    private_cap,
    rate_text,
)
from summons_kit.law.lpr import LprTable, default_table

D = dt.date


def test_the_builtin_lpr_table_is_dated_and_unverified() -> None:
    table = default_table()
    assert not table.verified
    assert table.rate_on(D(2019, 8, 19)) is None  # before the reform
    assert table.rate_on(D(2019, 8, 20)) == Decimal("4.25")
    assert table.rate_on(D(2023, 11, 2)) == Decimal("3.45")
    assert table.rate_on(D(2024, 10, 20)) == Decimal("3.35")
    assert table.rate_on(D(2024, 10, 21)) == Decimal("3.10")
    assert table.rate_on(D(2025, 6, 1)) == Decimal("3.00")
    assert table.stale(D(2025, 6, 1)) and not table.stale(D(2025, 5, 20))


def test_the_user_extends_the_lpr_table(tmp_path: Path) -> None:
    extra = tmp_path / "lpr.csv"
    extra.write_text("# my additions\neffective,rate\n2026-01-20,2.90\n", encoding="utf-8")
    table = LprTable.from_file(extra)
    assert table.rate_on(D(2026, 3, 1)) == Decimal("2.90")
    assert table.rate_on(D(2025, 12, 1)) == Decimal("3.00")
    corrected = default_table().with_rates({D(2025, 5, 20): Decimal("3.05")})
    assert corrected.rate_on(D(2025, 6, 1)) == Decimal("3.05")
    extra.write_text("2026-01-20,abc\n", encoding="utf-8")
    with pytest.raises(ParseError, match="百分数") as caught:
        LprTable.from_file(extra)
    assert caught.value.field == "lpr.csv: row 1"


def test_licensed_cap_is_24_percent_and_marked_unverified() -> None:
    cap = licensed_cap()
    assert cap.annual == Decimal("24")
    assert "法发〔2017〕22号" in cap.basis and "(unverified verbatim)" in cap.basis


def test_private_cap_is_4x_lpr_at_the_contract_date() -> None:
    cap = private_cap(D(2023, 11, 2), None)
    assert cap is not None and cap.annual == Decimal("13.80")  # 4 x 3.45
    assert "民间借贷司法解释（2020）第25条" in cap.basis and "unverified" in cap.basis
    assert not cap.stale
    later = private_cap(D(2025, 9, 1), None)
    assert later is not None and later.annual == Decimal("12.00") and later.stale
    assert "LPR可能已变动" in later.text


def test_private_cap_before_2020_08_20_uses_the_filing_date() -> None:
    cap = private_cap(D(2019, 4, 15), D(2025, 8, 20))
    assert cap is not None and cap.annual == Decimal("12.00")
    assert "第31条" in cap.basis and "起诉时" in cap.text
    assert private_cap(D(2019, 4, 15), None) is None
    assert private_cap(None, D(2025, 8, 20)) is None


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("深圳前海微众银行股份有限公司", LenderKind.LICENSED),
        ("马上消费金融股份有限公司", LenderKind.LICENSED),
        ("重庆某某小额贷款有限公司", LenderKind.LOCAL_FINANCIAL),
        ("某某融资担保有限公司", LenderKind.LOCAL_FINANCIAL),
        ("王某", LenderKind.PRIVATE),
        ("上海某某资产管理有限公司", None),
        ("", None),
    ],
)
def test_lender_kind_from_the_name(name: str, kind: LenderKind | None) -> None:
    assert infer_lender_kind(name) is kind


def test_an_assignee_takes_the_original_lenders_kind() -> None:
    case = attrs.evolve(
        weilidai(),
        loan=Loan(),
        plaintiff=attrs.evolve(weilidai().plaintiff, name="上海某某资产管理有限公司"),
        assignment=Assignment(assignor="某某银行股份有限公司"),
    )
    assert lender_kind(case) is LenderKind.LICENSED
    stated = attrs.evolve(case, loan=Loan(lender_kind=LenderKind.PRIVATE))
    assert lender_kind(stated) is LenderKind.PRIVATE


def test_daily_rates_are_annualised_with_the_day_count_stated() -> None:
    assert annualise(Decimal("0.075"), "day", 365) == Decimal("27.375")
    assert annualise(Decimal("0.075"), "day", 360) == Decimal("27.000")
    assert annualise(Decimal("1.5"), "month") == Decimal("18.0")
    text = rate_text(DAILY_0075)
    assert text == "日利率0.075%（按一年365天折合年利率27.375%；按360天计为27%）"
    per_360 = Rate(raw="日利率0.05%", annual=Decimal("18.00"), period="day", day_count=360)
    assert rate_text(per_360) == "日利率0.05%（按一年360天折合年利率18%；按365天计为18.25%）"


def test_lpr_multiples_use_the_table() -> None:
    four = Rate(raw="按LPR的4倍", annual=None, period="lpr", lpr_multiple=Decimal("4"))
    assert annual_of(four, D(2023, 11, 2)) == Decimal("13.80")
    assert annual_of(four, None) is None
    assert annual_of(DAILY_005) == Decimal("18.25")


@pytest.mark.parametrize(
    ("day", "years", "expected"),
    [(D(2024, 2, 29), 3, D(2027, 2, 28)), (D(2024, 2, 29), 4, D(2028, 2, 29)), (D(2022, 3, 2), 3, D(2025, 3, 2))],
)
def test_add_years_uses_the_month_end_when_there_is_no_corresponding_day(
    day: dt.date, years: int, expected: dt.date
) -> None:
    assert add_years(day, years) == expected


def _loan_case(**loan: object):
    base = weilidai()
    return attrs.evolve(base, loan=Loan(**loan), complaint=Complaint(filed_on=D(2025, 8, 20)))


def test_limitation_runs_from_the_acceleration_date() -> None:
    period = limitation(_loan_case(last_due=D(2025, 7, 2), accelerated_on=D(2025, 3, 2)))
    assert period is not None
    assert period.start == D(2025, 3, 2) and period.start_field == "loan.accelerated_on"
    assert period.expires == D(2028, 3, 2) and not period.expired


def test_limitation_expired_and_rolled_over_a_weekend() -> None:
    # last instalment due 2022-03-05; 2025-03-05 is a Wednesday
    period = limitation(_loan_case(last_due=D(2022, 3, 5)))
    assert period is not None and period.expires == D(2025, 3, 5) and period.expired
    # due 2021-10-01: three years later is National Day 2024, the period ends on 2024-10-08
    rolled = limitation(_loan_case(last_due=D(2021, 10, 1)))
    assert rolled is not None and rolled.nominal == D(2024, 10, 1) and rolled.expires == D(2024, 10, 8)
    assert "2024年10月1日为休息日，顺延" in rolled.explanation()


def test_limitation_from_the_leap_day_ends_in_2027() -> None:
    # 2024-02-29 + 3 years -> 2027-02-28 (a Sunday, 民法典 202) -> rolled to Monday 2027-03-01, a year not
    # covered
    case = attrs.evolve(_loan_case(last_due=D(2024, 2, 29)), complaint=Complaint(filed_on=D(2027, 3, 1)))
    period = limitation(case, DEFAULT)
    assert period is not None
    assert period.nominal == D(2027, 2, 28) and period.expires == D(2027, 3, 1)
    assert period.uncovered_years == (2027,)
    assert not period.expired  # filed on the last day


def test_limitation_restarts_at_a_payment_or_demand() -> None:
    period = limitation(_loan_case(last_due=D(2021, 5, 10), last_payment_on=D(2023, 1, 9)))
    assert period is not None and period.start == D(2023, 1, 9) and not period.expired
    demand = limitation(_loan_case(last_due=D(2021, 5, 10), last_collection_on=D(2022, 6, 1)))
    # 2025-06-01 is a Sunday and 06-02 the Dragon Boat holiday: the period ends 06-03, before the filing
    # (08-20)
    assert demand is not None and demand.expires == D(2025, 6, 3) and demand.expired
    late = limitation(_loan_case(last_due=D(2020, 5, 10), last_payment_on=D(2024, 1, 9)))
    assert late is not None and late.expired and late.payment_after_expiry == D(2024, 1, 9)


def test_limitation_uses_service_when_the_filing_date_is_unknown() -> None:
    case = attrs.evolve(
        _loan_case(last_due=D(2022, 3, 5)), complaint=Complaint(), service=Service(served_on=D(2025, 9, 11))
    )
    period = limitation(case)
    assert period is not None and period.reference_field == "service.served_on" and period.expired
    assert limitation(attrs.evolve(case, loan=Loan())) is None


def test_the_cap_before_2020_08_20_says_which_interest_it_governs() -> None:
    cap = private_cap(D(2019, 4, 15), D(2025, 8, 20))
    assert cap is not None and cap.moment == "起诉时" and cap.applies_from == D(2020, 8, 20)
    assert cap.text.startswith(
        "合同成立于2020年8月20日之前（2019年4月15日），自2020年8月20日起的利息以起诉时"
        "（2025年8月20日）一年期LPR 3%的4倍，即年利率12%为限"
    )
    assert cap.basis.split("；")[:2] == [
        "民间借贷司法解释（2020）第25条、第28条、第29条",
        "民间借贷司法解释（2020）第31条",
    ]
    later = private_cap(D(2023, 11, 2), None)
    assert later is not None and later.moment == "合同成立时" and later.applies_from is None
    assert "第31条" not in later.basis


@pytest.mark.parametrize(
    ("annual", "words"),
    [("18", "该利率未超过年利率24%"), ("30", "超过部分原告请求支付的不予支持"), ("40", "超过部分无效")],
)
def test_the_2015_rule_for_interest_before_2020_08_20(annual: str, words: str) -> None:
    assert words in old_private_rule(Decimal(annual))


def test_an_annual_rate_is_not_repeated() -> None:
    assert rate_text(Rate("年利率30%", Decimal("30"), "year")) == "年利率30%"
    assert rate_text(Rate("年息1分", Decimal("10"), "year")) == "年息1分（年利率10%）"
