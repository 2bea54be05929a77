"""Every finding code: a case that triggers it and a clean case (and near misses) that do not."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal

import attrs
import pytest
from conftest import DAILY_005, DAILY_0075, claim, weilidai_case

from summons_kit.case.model import (
    Agent,
    AnswerPoint,
    Assignment,
    Case,
    Claim,
    Complaint,
    Court,
    Defence,
    Evidence,
    EvidenceExtension,
    Instalment,
    LenderKind,
    Loan,
    Party,
    PartyKind,
    Position,
    Procedure,
    ServiceMethod,
)
from summons_kit.check import Report, check
from summons_kit.fields.case_number import CaseNumber
from summons_kit.fields.claims import ClaimInfo, ClaimKind, Rate
from summons_kit.law.calendar import DEFAULT, Calendar
from summons_kit.law.rules import rule_table

D = dt.date
TODAY = D(2025, 9, 15)  # served 2025-09-11: answer and evidence due 2025-09-26, hearing 2025-10-15


def clean() -> Case:
    """A complete case with no finding on TODAY: the 微粒贷 sample brought at the defendant's own court, a bare
    loan at 18.25 % a year (no penalty rate, no acceleration), no rate in the claims, no evidence, answer
    points or instalment plan."""
    case = weilidai_case()
    return attrs.evolve(
        case,
        court=attrs.evolve(
            case.court,
            name="广州市越秀区人民法院",
            case_number=CaseNumber("（2025）粤0104民初1234号", 2025, "粤0104", "民初", 1234),
        ),
        service=attrs.evolve(case.service, hearing_place="本院第三法庭"),
        claims=(case.claims[0], case.claims[1], case.claims[3]),
        loan=Loan(signed_on=D(2023, 11, 2), principal=Decimal("20000"), rate=DAILY_005, last_due=D(2025, 7, 2)),
        evidence=(),
        defence=Defence(),
        instalment=None,
    )


def evolve(case: Case, section: str, **changes: object) -> Case:
    return attrs.evolve(case, **{section: attrs.evolve(getattr(case, section), **changes)})


def service(**changes: object) -> Case:
    return evolve(clean(), "service", **changes)


def loan(**changes: object) -> Case:
    return evolve(clean(), "loan", **changes)


def court(**changes: object) -> Case:
    return evolve(clean(), "court", **changes)


def with_claims(*extra: object) -> Case:
    return attrs.evolve(clean(), claims=(*clean().claims, *extra))


BUYER = "上海某某资产管理有限公司"
INSTALMENT = Instalment(months=12, first_due=D(2025, 11, 1), reasons="失业,收入骤减")
DAILY_002 = Rate("日利率0.02%", Decimal("7.3"), "day", 365)  # a penalty charged on top of the contract rate
DAILY_006 = Rate("日利率0.06%", Decimal("21.9"), "day", 365)  # a penalty rate replacing the contract rate
SHANGHAI_NUMBER = CaseNumber("（2025）沪0115民初1234号", 2025, "沪0115", "民初", 1234)
#: the installed 2025 arrangement supplied again, with National Day moved by a day (10-09 off instead of 10-08)
REPLACING_2025 = DEFAULT.with_arrangement(
    2025,
    [
        D(2025, 1, 1),
        *(D(2025, 1, 28) + dt.timedelta(days=n) for n in range(8)),
        D(2025, 4, 4),
        D(2025, 4, 5),
        D(2025, 4, 6),
        *(D(2025, 5, 1) + dt.timedelta(days=n) for n in range(5)),
        D(2025, 5, 31),
        D(2025, 6, 1),
        D(2025, 6, 2),
        *(D(2025, 10, 1) + dt.timedelta(days=n) for n in range(7)),
        D(2025, 10, 9),
    ],
    [D(2025, 1, 26), D(2025, 2, 8), D(2025, 4, 27), D(2025, 9, 28), D(2025, 10, 11)],
)


def amount_not_text() -> Case:
    """Claim 1 entered as 16,000.00 while its text says 15,600.00."""
    text = "判令被告立即偿还借款本金人民币15,600.00元"
    wrong = Claim(
        text=text,
        amount=Decimal("16000.00"),
        info=ClaimInfo(raw=text, kinds=(ClaimKind.PRINCIPAL,), amount=Decimal("15600.00")),
    )
    return attrs.evolve(clean(), claims=(wrong, *clean().claims[1:]), complaint=Complaint())


#: code -> (case, today) or (case, today, calendar) that triggers it
TRIGGERS: dict[str, Callable[[], tuple[Case, dt.date] | tuple[Case, dt.date, Calendar]]] = {
    "service.unknown": lambda: (service(served_on=None), TODAY),
    "service.in_future": lambda: (clean(), D(2025, 9, 10)),
    "service.after_hearing": lambda: (service(hearing=D(2025, 9, 10)), TODAY),
    "service.hearing_notice_short": lambda: (service(hearing=dt.datetime(2025, 9, 13, 9, 0)), D(2025, 9, 12)),
    "evidence.before_service": lambda: (service(evidence_deadline=D(2025, 9, 10)), TODAY),
    "evidence.period_out_of_range": lambda: (service(evidence_deadline=D(2025, 10, 10)), TODAY),
    "case_number.not_first_instance": lambda: (
        court(case_number=CaseNumber("（2025）粤01民终1234号", 2025, "粤01", "民终", 1234)),
        TODAY,
    ),
    "case_number.court_mismatch": lambda: (court(case_number=SHANGHAI_NUMBER), TODAY),
    "case_number.year_after_service": lambda: (
        court(case_number=CaseNumber("（2026）粤0104民初1号", 2026, "粤0104", "民初", 1)),
        TODAY,
    ),
    "deadline.answer_passed": lambda: (clean(), D(2025, 9, 27)),
    "deadline.answer_soon": lambda: (clean(), D(2025, 9, 23)),
    "deadline.evidence_passed": lambda: (service(evidence_deadline=D(2025, 9, 19)), D(2025, 9, 22)),
    "deadline.evidence_soon": lambda: (service(evidence_deadline=D(2025, 9, 19)), D(2025, 9, 17)),
    "deadline.hearing_passed": lambda: (clean(), D(2025, 10, 16)),
    # judgment served 2025-10-20: 15 days end on Tuesday 2025-11-04
    "deadline.appeal_passed": lambda: (service(judgment_served_on=D(2025, 10, 20)), D(2025, 11, 5)),
    "deadline.appeal_soon": lambda: (service(ruling_served_on=D(2025, 9, 26)), D(2025, 10, 7)),
    "calendar.schedule_year_not_covered": lambda: (
        attrs.evolve(clean(), instalment=attrs.evolve(INSTALMENT, first_due=D(2026, 6, 1))),
        TODAY,
    ),
    "calendar.supplied_replaces_installed": lambda: (clean(), TODAY, REPLACING_2025),
    "calendar.year_not_covered": lambda: (
        attrs.evolve(
            service(served_on=D(2027, 3, 10), evidence_deadline=None, hearing=None),
            court=attrs.evolve(clean().court, case_number=None),
        ),
        D(2027, 3, 12),
    ),
    "missing.answer": lambda: (evolve(clean(), "defendant", phone=""), TODAY),
    "missing.masked": lambda: (evolve(clean(), "defendant", phone="139****4455"), TODAY),
    "missing.evidence": lambda: (attrs.evolve(court(case_number=None), evidence=(Evidence(name="还款记录"),)), TODAY),
    "missing.instalment": lambda: (attrs.evolve(clean(), instalment=attrs.evolve(INSTALMENT, reasons="")), TODAY),
    # the companion documents: each checked when its registry skip rule lets it through
    "missing.power_of_attorney": lambda: (attrs.evolve(clean(), agent=Agent(name="李某某")), TODAY),
    "missing.representative_certificate": lambda: (
        attrs.evolve(
            clean(),
            defendant=Party(name="杭州某某贸易有限公司", kind=PartyKind.ORGANIZATION, address="杭州市西湖区某某路88号"),
        ),
        TODAY,
    ),
    "missing.evidence_extension": lambda: (
        attrs.evolve(clean(), evidence_extension=EvidenceExtension(until=D(2025, 10, 20))),
        TODAY,
    ),
    "missing.negotiation": lambda: (attrs.evolve(clean(), court=Court()), TODAY),
    "parties.spouse_joint_debt": lambda: (
        attrs.evolve(clean(), co_defendants=(Party(name="王丽", spouse=True),)),
        TODAY,
    ),
    "claims.total_mismatch": lambda: (evolve(clean(), "complaint", total=Decimal("17000.00")), TODAY),
    "claims.parts_mismatch": lambda: (
        attrs.evolve(
            clean(),
            claims=(
                claim(
                    "利息312.50元、罚息1,046.88元,合计1,400.00元",
                    "1400.00",
                    ClaimKind.INTEREST,
                    parts=((ClaimKind.INTEREST, Decimal("312.50")), (ClaimKind.PENALTY_INTEREST, Decimal("1046.88"))),
                ),
            ),
            complaint=Complaint(),
        ),
        TODAY,
    ),
    "rate.above_licensed_cap": lambda: (loan(penalty_rate=DAILY_0075), TODAY),
    "rate.combined_above_24": lambda: (loan(penalty_rate=DAILY_002), TODAY),
    "rate.combined_unknown": lambda: (loan(penalty_rate=DAILY_006), TODAY),
    "claims.amount_differs_from_text": lambda: (amount_not_text(), TODAY),
    "rate.above_private_cap": lambda: (loan(lender_kind=LenderKind.PRIVATE), TODAY),
    "rate.private_cap_unknown": lambda: (loan(lender_kind=LenderKind.PRIVATE, signed_on=None), TODAY),
    "rate.local_financial_above_24": lambda: (
        loan(lender_kind=LenderKind.LOCAL_FINANCIAL, penalty_rate=DAILY_0075),
        TODAY,
    ),
    "rate.lender_unknown": lambda: (evolve(clean(), "plaintiff", name=BUYER), TODAY),
    "claims.penalty_and_damages": lambda: (
        with_claims(claim("判令被告支付违约金500元", "500", ClaimKind.DAMAGES)),
        TODAY,
    ),
    "claims.attorney_fees": lambda: (
        with_claims(claim("判令被告支付律师费3,000元", "3000", ClaimKind.COLLECTION_COSTS)),
        TODAY,
    ),
    "claims.acceleration": lambda: (loan(accelerated_on=D(2025, 3, 2)), TODAY),
    "claims.standard_terms": lambda: (loan(standard_form=True), TODAY),
    "instalment.total_includes_disputed": lambda: (
        attrs.evolve(
            clean(),
            instalment=attrs.evolve(INSTALMENT, total=Decimal("17018.10")),
            defence=Defence(items={"interest": Position(True, "罚息过高")}),
        ),
        TODAY,
    ),
    "instalment.due_before_document": lambda: (
        attrs.evolve(clean(), instalment=attrs.evolve(INSTALMENT, first_due=D(2025, 9, 1))),
        TODAY,
    ),
    "claims.interest_deducted_in_advance": lambda: (loan(amount_received=Decimal("18000.00")), TODAY),
    "rate.irr_above_24": lambda: (loan(term_months=12, instalment_amount=Decimal("2000.00")), TODAY),
    "rate.effective_cost_above_24": lambda: (loan(overdue_since=D(2025, 6, 1)), TODAY),
    "procedure.small_claims_objection": lambda: (court(procedure=Procedure.SMALL_CLAIMS), TODAY),
    "procedure.small_claims_excluded": lambda: (
        evolve(court(procedure=Procedure.SMALL_CLAIMS), "defendant", abroad=True),
        TODAY,
    ),
    "procedure.simple_excluded": lambda: (service(method=ServiceMethod.PUBLIC_NOTICE, served_on=D(2025, 7, 1)), TODAY),
    "service.hearing_before_deadline": lambda: (service(hearing=dt.datetime(2025, 9, 22, 9, 0)), TODAY),
    "claims.repayments_not_deducted": lambda: (loan(repaid_principal=Decimal("5000.00")), TODAY),
    "limitation.possibly_expired": lambda: (loan(last_due=D(2022, 3, 5)), TODAY),
    "instalment.limitation_effect": lambda: (attrs.evolve(clean(), instalment=INSTALMENT), TODAY),
    "instalment.waives_limitation": lambda: (attrs.evolve(loan(last_due=D(2022, 3, 5)), instalment=INSTALMENT), TODAY),
    "limitation.payment_offer": lambda: (
        attrs.evolve(
            loan(last_due=D(2022, 3, 5)),
            defence=Defence(points=(AnswerPoint(text="诉讼时效已届满；答辩人愿意分期还款。"),)),
        ),
        TODAY,
    ),
    "instalment.total_differs": lambda: (
        attrs.evolve(clean(), instalment=attrs.evolve(INSTALMENT, total=Decimal("15600.00"))),
        TODAY,
    ),
    "evidence.cited_missing": lambda: (
        attrs.evolve(
            clean(),
            evidence=(Evidence(name="还款记录"),),
            defence=Defence(points=(AnswerPoint(text="违约金过高", evidence=(2,)),)),
        ),
        TODAY,
    ),
    "assignment.not_notified": lambda: (
        attrs.evolve(
            evolve(clean(), "plaintiff", name=BUYER), loan=attrs.evolve(clean().loan, lender="某某银行股份有限公司")
        ),
        TODAY,
    ),
    "assignment.notice_by_publication": lambda: (
        attrs.evolve(
            evolve(clean(), "plaintiff", name=BUYER),
            assignment=Assignment(
                assignor="某某银行股份有限公司", notified=True, notice_method="报纸公告", notified_on=D(2025, 7, 15)
            ),
        ),
        TODAY,
    ),
    "jurisdiction.far_court": lambda: (
        evolve(court(name="深圳前海合作区人民法院"), "loan", venue_clause="由合同签订地人民法院管辖"),
        TODAY,
    ),
    "jurisdiction.far_court_no_clause": lambda: (court(name="深圳前海合作区人民法院"), TODAY),
    "jurisdiction.far_court_lender_seat": lambda: (
        evolve(court(name="深圳前海合作区人民法院"), "loan", venue_clause="由贷款人住所地人民法院管辖"),
        TODAY,
    ),
}


def run(case: Case, today: dt.date = TODAY, calendar: Calendar | None = None) -> Report:
    return check(case, today=today, calendar=calendar)


def test_the_clean_case_raises_nothing() -> None:
    report = run(clean())
    assert report.findings == ()
    assert report.ok


def test_every_code_has_a_trigger() -> None:
    assert set(TRIGGERS) == {code.code for code in rule_table()}


@pytest.mark.parametrize("code", sorted(TRIGGERS))
def test_trigger(code: str) -> None:
    case, today, *calendar = TRIGGERS[code]()
    report = run(case, today, *calendar)
    found = [f for f in report.findings if f.code == code]
    assert found, f"{code} not raised; got {report.codes()}"
    declared = next(c for c in rule_table() if c.code == code)
    for finding in found:
        assert finding.severity == declared.severity
        assert finding.basis.startswith(declared.basis) and finding.basis
        assert finding.message and finding.message_en
        assert finding.field
    assert report.ok is (not any(f.severity == "error" for f in report.findings))


# -- near misses: the rule's boundary is on the right side
# ---------------------------------------------------------
@pytest.mark.parametrize(
    ("case", "today", "code"),
    [
        (service(hearing=dt.datetime(2025, 9, 14, 9, 0)), D(2025, 9, 12), "service.hearing_notice_short"),
        # 3 days
        (clean(), D(2025, 9, 11), "service.in_future"),  # served today
        (clean(), D(2025, 9, 26), "deadline.answer_passed"),  # the last day itself
        (clean(), D(2025, 9, 22), "deadline.answer_soon"),  # 4 days left
        (clean(), D(2025, 10, 15), "deadline.hearing_passed"),  # hearing day
        (evolve(clean(), "complaint", total=Decimal("15600.00")), TODAY, "claims.total_mismatch"),  # a prefix
        (evolve(clean(), "complaint", total=Decimal("1418.10")), TODAY, "claims.total_mismatch"),  # one claim
        (loan(rate=Rate(raw="年利率24%", annual=Decimal("24"), period="year")), TODAY, "rate.above_licensed_cap"),
        (loan(last_due=D(2022, 8, 22)), TODAY, "limitation.possibly_expired"),  # ends 2025-08-22, filed 08-20
        (loan(last_due=D(2022, 3, 5), last_payment_on=D(2023, 1, 9)), TODAY, "limitation.possibly_expired"),
        (court(name="广州互联网法院"), TODAY, "jurisdiction.far_court_no_clause"),  # same city
        (court(name="某某人民法院", case_number=SHANGHAI_NUMBER), TODAY, "case_number.court_mismatch"),
        (
            court(
                name="新疆生产建设兵团第八师中级人民法院",
                case_number=CaseNumber("（2025）兵08民初1号", 2025, "兵08", "民初", 1),
            ),
            TODAY,
            "case_number.court_mismatch",
        ),
        (court(name="上海金融法院", case_number=SHANGHAI_NUMBER), TODAY, "case_number.court_mismatch"),
        (service(judgment_served_on=D(2025, 10, 20)), D(2025, 11, 4), "deadline.appeal_passed"),  # last day
        (service(judgment_served_on=D(2025, 10, 20)), D(2025, 10, 31), "deadline.appeal_soon"),  # 4 days
        # 11 instalments from 2026-01-28: the last is due 2026-11-28, before the days 2027's notice may move
        (
            attrs.evolve(clean(), instalment=attrs.evolve(INSTALMENT, months=11, first_due=D(2026, 1, 28))),
            TODAY,
            "calendar.schedule_year_not_covered",
        ),
        (loan(penalty_rate=DAILY_006), TODAY, "rate.combined_above_24"),  # 21.9 % replaces 18.25 %
        (
            loan(rate=Rate("日利率0.03%", Decimal("10.95"), "day", 365), penalty_rate=DAILY_002),
            TODAY,
            "rate.combined_above_24",
        ),  # 10.95 % + 7.3 % = 18.25 %
        (evolve(loan(penalty_rate=DAILY_006), "loan", penalty_rate=None), TODAY, "rate.combined_unknown"),
        (court(name="广东省广州市中级人民法院"), TODAY, "jurisdiction.far_court_no_clause"),
        (evolve(clean(), "defendant", address="越秀区某某路1号"), TODAY, "jurisdiction.far_court_no_clause"),
        # city unknown
        (
            attrs.evolve(
                evolve(clean(), "plaintiff", name=BUYER),
                assignment=Assignment(assignor="某某银行股份有限公司", notified=True, notice_method="书面通知"),
            ),
            TODAY,
            "assignment.notice_by_publication",
        ),
    ],
)
def test_near_misses(case: Case, today: dt.date, code: str) -> None:
    assert code not in run(case, today).codes()


@pytest.mark.parametrize(
    ("procedure", "deadline", "raised"),
    [
        (Procedure.ORDINARY, D(2025, 9, 21), True),  # 10 days
        (Procedure.ORDINARY, D(2025, 9, 26), False),  # 15 days
        (Procedure.SMALL_CLAIMS, D(2025, 9, 18), False),  # 7 days
        (Procedure.SMALL_CLAIMS, D(2025, 9, 19), True),  # 8 days
        (Procedure.SIMPLE, D(2025, 9, 27), True),
        # 16 days: day 15 (09-26) is a working Friday, nothing rolls
    ],
)
def test_evidence_period_limits_by_procedure(procedure: Procedure, deadline: dt.date, raised: bool) -> None:
    case = evolve(service(evidence_deadline=deadline), "court", procedure=procedure)
    assert ("evidence.period_out_of_range" in run(case).codes()) is raised


def test_evidence_period_limit_rolls_over_national_day() -> None:
    # small claims served 2025-09-24: day 7 is 10-01, so a notice giving 10-09 is within the limit, 10-10 is
    # not
    base = evolve(service(served_on=D(2025, 9, 24)), "court", procedure=Procedure.SMALL_CLAIMS)
    assert "evidence.period_out_of_range" not in run(evolve(base, "service", evidence_deadline=D(2025, 10, 9))).codes()
    late = run(evolve(base, "service", evidence_deadline=D(2025, 10, 10)))
    finding = next(f for f in late.findings if f.code == "evidence.period_out_of_range")
    assert "自2025年9月24日次日起算至2025年10月10日，共16日" in finding.message
    assert "小额诉讼程序举证期限一般不超过7日" in finding.message
