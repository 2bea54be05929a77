"""Sample cases for the law and check tests, built from model objects (no parsing), checked end to end.

The two samples follow the synthetic court papers the kit was built from: a 微粒贷 suit under the simple
procedure served by post (2025), and a credit-card suit by a debt buyer under the small-claims procedure
served electronically (2026). Other test modules import the builders from here.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import attrs

from summons_kit.check import check
from summons_kit.fields.case_number import CaseNumber
from summons_kit.fields.claims import ClaimInfo, ClaimKind, Rate
from summons_kit.model import (
    Assignment,
    Case,
    Claim,
    Complaint,
    Court,
    Loan,
    Party,
    PartyKind,
    Procedure,
    Service,
    ServiceMethod,
)

D = dt.date
DAILY_005 = Rate(raw="日利率0.05%", annual=Decimal("18.25"), period="day", day_count=365)
DAILY_0075 = Rate(raw="日利率0.075%", annual=Decimal("27.375"), period="day", day_count=365)
DAILY_WAN5 = Rate(raw="日利率万分之五", annual=Decimal("18.25"), period="day", day_count=365)


def claim(text: str, amount: str | None = None, *kinds: ClaimKind, rate: Rate | None = None,
          parts: tuple[tuple[ClaimKind, Decimal], ...] = ()) -> Claim:
    value = Decimal(amount) if amount is not None else None
    info = ClaimInfo(raw=text, kinds=kinds or (ClaimKind.OTHER,), amount=value, rate=rate, parts=parts)
    return Claim(text=text, amount=value, info=info)


def weilidai() -> Case:
    """The 微粒贷 sample: served 2025-09-11 by post, simple procedure, hearing 2025-10-15 09:30."""
    return Case(
        court=Court(
            name="深圳前海合作区人民法院",
            case_number=CaseNumber("（2025）粤0391民初18888号", 2025, "粤0391", "民初", 18888),
            cause="金融借款合同纠纷",
            procedure=Procedure.SIMPLE,
        ),
        service=Service(
            served_on=D(2025, 9, 11),
            method=ServiceMethod.MAIL,
            evidence_deadline=D(2025, 9, 26),
            hearing=dt.datetime(2025, 10, 15, 9, 30),
            hearing_place="本院第七法庭(深圳市前海深港合作区某某路1号)",
            notice_date=D(2025, 9, 3),
        ),
        plaintiff=Party(name="深圳前海微众银行股份有限公司", kind=PartyKind.ORGANIZATION,
                        address="深圳市前海深港合作区前湾一路1号A栋201室"),
        defendant=Party(name="张伟", address="广州市越秀区东风中路某某大院3栋502房", phone="13711112222"),
        claims=(
            claim("判令被告立即偿还借款本金人民币15,600.00元", "15600.00", ClaimKind.PRINCIPAL),
            claim(
                "判令被告支付截至2025年7月31日的利息人民币312.50元、罚息人民币1,046.88元、复利人民币58.72元,"
                "合计人民币1,418.10元",
                "1418.10", ClaimKind.INTEREST, ClaimKind.PENALTY_INTEREST, ClaimKind.COMPOUND_INTEREST,
                parts=((ClaimKind.INTEREST, Decimal("312.50")), (ClaimKind.PENALTY_INTEREST,
                    Decimal("1046.88")),
                       (ClaimKind.COMPOUND_INTEREST, Decimal("58.72"))),
            ),
            claim(
                "判令被告支付自2025年8月1日起至实际清偿之日止的罚息和复利(以未偿还本金15,600.00元为基数,"
                "按日利率0.075%计算)",
                None, ClaimKind.PENALTY_INTEREST, ClaimKind.COMPOUND_INTEREST, rate=DAILY_0075,
            ),
            claim("判令被告承担本案诉讼费、保全费等全部诉讼费用", None, ClaimKind.COURT_COSTS),
        ),
        complaint=Complaint(total=Decimal("17018.10"), filed_on=D(2025, 8, 20)),
        loan=Loan(
            contract_name="《微粒贷借款合同》", signed_on=D(2023, 11, 2), principal=Decimal("20000"),
            disbursed_on=D(2023, 11, 2), term_months=20, rate=DAILY_005, penalty_rate=DAILY_0075,
            first_due=D(2023, 12, 2), last_due=D(2025, 7, 2), accelerated_on=D(2025, 3, 2),
            overdue_since=D(2024, 12, 2), venue_clause="因本合同发生争议的,由原告住所地人民法院管辖",
        ),
    )


def credit_card() -> Case:
    """The credit-card sample: a debt buyer, small claims, e-served 2026-02-03, hearing 2026-03-03 14:30."""
    return Case(
        court=Court(
            name="上海市浦东新区人民法院",
            case_number=CaseNumber("（2026）沪0115民初3456号", 2026, "沪0115", "民初", 3456),
            cause="信用卡纠纷",
            procedure=Procedure.SMALL_CLAIMS,
        ),
        service=Service(
            served_on=D(2026, 2, 3), method=ServiceMethod.ELECTRONIC, evidence_deadline=D(2026, 2, 10),
            hearing=dt.datetime(2026, 3, 3, 14, 30), hearing_place="人民法院在线服务平台,第十二法庭(线上)",
        ),
        plaintiff=Party(name="上海某某资产管理有限公司", kind=PartyKind.ORGANIZATION),
        defendant=Party(name="陈静", address="杭州市上城区某某街道某某小区6幢1单元301室"),
        claims=(
            claim("判令被告偿还信用卡透支本金人民币9,876.54元", "9876.54", ClaimKind.PRINCIPAL),
            claim(
                "判令被告支付截至2025年6月30日的透支利息人民币1,234.56元、违约金人民币345.67元、"
                "分期手续费人民币120.00元",
                "1700.23", ClaimKind.INTEREST, ClaimKind.DAMAGES, ClaimKind.OTHER,
                parts=((ClaimKind.INTEREST, Decimal("1234.56")), (ClaimKind.DAMAGES, Decimal("345.67")),
                       (ClaimKind.OTHER, Decimal("120.00"))),
            ),
            claim("判令被告支付自2025年7月1日起至实际清偿之日止的利息(以透支本金9,876.54元为基数,按日利率万分之五计算)",
                  None, ClaimKind.INTEREST, rate=DAILY_WAN5),
            claim("本案诉讼费用由被告承担", None, ClaimKind.COURT_COSTS),
        ),
        complaint=Complaint(total=Decimal("11576.77"), filed_on=D(2025, 12, 10)),
        loan=Loan(lender="某某银行股份有限公司", signed_on=D(2019, 4, 15), rate=DAILY_WAN5, card_tail="6688",
                  overdue_since=D(2023, 9, 1)),
        assignment=Assignment(assignor="某某银行股份有限公司", assigned_on=D(2025, 6, 30), notified=True,
                              notice_method="报纸公告", notified_on=D(2025, 7, 15)),
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
    assert {"rate.above_licensed_cap", "jurisdiction.far_court", "claims.acceleration"} <= codes
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
    assert "jurisdiction.far_court" in codes  # 上海 court, 杭州 defendant
    assert "rate.above_licensed_cap" not in codes  # 万分之五 a day = 18.25 % a year
    assert report.deadline("appeal").explanation.startswith("本案适用小额诉讼程序，实行一审终审")


def test_claims_read_by_the_fields_parser_give_the_same_findings() -> None:
    from summons_kit.fields.claims import parse_claim, parse_rate

    texts = [c.text for c in weilidai().claims]
    parsed = tuple(Claim(text=t, amount=(info := parse_claim(t)).amount, info=info) for t in texts)
    case = attrs.evolve(weilidai(), claims=parsed,
                        loan=attrs.evolve(weilidai().loan, rate=parse_rate("日利率0.05%"), penalty_rate=None))
    report = check(case, today=D(2025, 9, 20))
    rate = next(f for f in report.findings if f.code == "rate.above_licensed_cap")
    assert rate.field == "claims[2]" and "27.375%" in rate.message  # the claim's 日利率0.075%, 365 days
    assert "claims.total_mismatch" not in report.codes()  # 15,600.00 + 1,418.10 = 17,018.10
