"""What the findings say: amounts, dates, articles and the answer points a lawyer would use."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import attrs
from conftest import DAILY_0075, claim
from test_check_cases import weilidai
from test_check_rules import BUYER, INSTALMENT, TODAY, clean, court, evolve, loan, service, with_claims

from summons_kit.check import Finding, check
from summons_kit.fields.claims import ClaimKind
from summons_kit.law.calendar import DEFAULT
from summons_kit.model import Claim, LenderKind, Loan

D = dt.date


def one(case, code: str, today: dt.date = TODAY) -> Finding:
    found = [f for f in check(case, today=today).findings if f.code == code]
    assert len(found) == 1, [f.code for f in check(case, today=today).findings]
    return found[0]


def test_total_mismatch_reports_the_amounts() -> None:
    finding = one(evolve(clean(), "complaint", total=Decimal("17000.00")), "claims.total_mismatch")
    assert finding.message.startswith(
        "起诉状所称合计金额17,000.00元与各项诉讼请求金额不符：第1项15,600.00元、第2项1,418.10元，"
        "合计17,018.10元"
    )
    assert "与全部之和相差18.10元" in finding.message
    assert finding.field == "complaint.total"
    assert "17,000.00元" in finding.point and "17,018.10元" in finding.point


def test_the_weilidai_total_is_the_sum_of_the_first_two_claims() -> None:
    # 以上第1、2项合计人民币17,018.10元: consistent although claims 3 and 4 state no amount
    assert "claims.total_mismatch" not in check(weilidai(), today=D(2025, 9, 15)).codes()


def test_parts_mismatch_names_the_claim() -> None:
    case = attrs.evolve(clean(), claims=(
        claim("利息312.50元、罚息1,046.88元,合计1,400.00元", "1400.00", ClaimKind.INTEREST,
              parts=((ClaimKind.INTEREST, Decimal("312.50")), (ClaimKind.PENALTY_INTEREST,
                  Decimal("1046.88")))),
    ))
    finding = one(case, "claims.parts_mismatch")
    assert finding.field == "claims[0]"
    assert "之和为1,359.38元，与其所称合计1,400.00元不符" in finding.message


def test_answer_passed_names_the_remedy_and_does_not_block() -> None:
    report = check(clean(), today=D(2025, 9, 29))
    finding = next(f for f in report.findings if f.code == "deadline.answer_passed")
    assert finding.severity == "warning" and report.ok
    assert "答辩期限已于2025年9月26日（星期五）届满" in finding.message
    assert "障碍消除后的10日内申请顺延期限（《民事诉讼法》第86条）" in finding.message
    assert "民诉法第86条" in finding.basis


def test_answer_soon_counts_the_days() -> None:
    assert "还剩3天" in one(clean(), "deadline.answer_soon", D(2025, 9, 23)).message
    assert "今天届满" in one(clean(), "deadline.answer_soon", D(2025, 9, 26)).message


def test_licensed_cap_states_the_conversion_and_suggests_a_point() -> None:
    case = loan(penalty_rate=DAILY_0075)
    case = attrs.evolve(case, claims=(*case.claims, claim("按日利率0.075%计算罚息", None,
        ClaimKind.PENALTY_INTEREST,
                                                          rate=DAILY_0075)))
    finding = one(case, "rate.above_licensed_cap")  # the same rate in the claim is not reported twice
    assert finding.field == "loan.penalty_rate"
    assert "日利率0.075%（按一年365天折合年利率27.375%；按360天计为27%），超过年利率24%" in finding.message
    assert "(unverified verbatim)" in finding.basis
    assert finding.point.startswith("原告主张的逾期罚息利率为日利率0.075%")
    assert "超过年利率24%的部分，请求人民法院依法不予支持" in finding.point


def test_private_cap_uses_4x_lpr_at_the_contract_date() -> None:
    finding = one(loan(lender_kind=LenderKind.PRIVATE), "rate.above_private_cap")
    # contract 2023-11-02: LPR 3.45 % -> cap 13.8 %; the contract rate is 18.25 %
    assert "一年期LPR 3.45%的4倍，即年利率13.8%" in finding.message
    assert "LPR数据未经核实" in finding.message and "unverified" in finding.basis
    assert "年利率13.8%" in finding.point


def test_claim_rates_are_checked_too() -> None:
    case = with_claims(claim("按日利率0.1%计收罚息", None, ClaimKind.PENALTY_INTEREST,
                             rate=attrs.evolve(DAILY_0075, raw="日利率0.1%", annual=Decimal("36.5"))))
    finding = one(case, "rate.above_licensed_cap")
    assert finding.field == "claims[3]"
    assert finding.point.startswith("原告第4项诉讼请求所主张的利率为日利率0.1%")


def test_penalty_and_damages_name_the_claims() -> None:
    finding = one(with_claims(claim("判令被告支付违约金500元", "500", ClaimKind.DAMAGES)),
        "claims.penalty_and_damages")
    assert finding.message.startswith("原告在第2项主张罚息，又在第4项主张违约金")
    assert "第五百八十五条第二款" in finding.point


def test_attorney_fees_are_found_by_keyword_when_the_claim_was_not_read() -> None:
    finding = one(with_claims(Claim(text="判令被告支付律师代理费人民币3,000元")), "claims.attorney_fees")
    assert finding.field == "claims[3]" and finding.severity == "info"
    assert "民诉法解释第90条" in finding.basis
    assert "合同明确约定" in finding.point


def test_acceleration_from_the_claim_text() -> None:
    finding = one(with_claims(Claim(text="判令宣布全部借款提前到期")), "claims.acceleration")
    assert finding.field == "claims[3]"
    assert "提前到期条件已经成就" in finding.point
    assert "原告主张借款已于2025年3月2日提前到期" in one(loan(accelerated_on=D(2025, 3, 2)),
        "claims.acceleration").message


def test_limitation_point_gives_the_dates() -> None:
    finding = one(loan(last_due=D(2022, 3, 5)), "limitation.possibly_expired")
    assert finding.field == "loan.last_due"
    expected = "自最后一期还款期限届满之日（2022年3月5日）起算，至2025年3月5日届满；原告起诉日期为2025年8月20日"
    assert expected in finding.message
    assert "人民法院不主动适用诉讼时效" in finding.message
    assert "至2025年3月5日届满" in finding.point and "诉讼时效抗辩" in finding.point


def test_a_payment_after_expiry_is_flagged() -> None:
    finding = one(loan(last_due=D(2021, 3, 5), last_payment_on=D(2024, 6, 3)), "limitation.possibly_expired")
    assert "2024年6月3日（时效届满后）仍有还款" in finding.message


def test_instalment_warning_is_stronger_when_limitation_may_have_expired() -> None:
    plain = one(attrs.evolve(clean(), instalment=INSTALMENT), "instalment.limitation_effect")
    assert "诉讼时效因此中断" in plain.message and "放弃时效抗辩" not in plain.message
    risky = one(attrs.evolve(loan(last_due=D(2022, 3, 5)), instalment=INSTALMENT),
        "instalment.limitation_effect")
    assert "本案诉讼时效可能已于2025年3月5日届满：提出分期还款将放弃时效抗辩" in risky.message


def test_assignment_without_notice() -> None:
    case = attrs.evolve(evolve(clean(), "plaintiff", name=BUYER), loan=Loan(lender="某某银行股份有限公司"))
    finding = one(case, "assignment.not_notified")
    assert f"原告“{BUYER}”并非原债权人“某某银行股份有限公司”，案件未载明是否通知答辩人" in finding.message
    assert finding.field == "plaintiff.name"
    assert "第五百四十六条" in finding.point and "第五百四十八条" in finding.point
    assert "合同编通则解释（2023）第48条" in finding.basis


def test_same_lender_written_with_other_brackets_is_not_an_assignment() -> None:
    case = attrs.evolve(evolve(clean(), "plaintiff", name="某某银行股份有限公司(深圳分行)"),
                        loan=Loan(lender="某某银行股份有限公司（深圳分行）"))
    assert "assignment.not_notified" not in check(case, today=TODAY).codes()


def test_far_court_names_both_places_and_the_objection_deadline() -> None:
    case = evolve(court(name="深圳前海合作区人民法院"), "loan", venue_clause="由贷款人住所地人民法院管辖")
    finding = one(case, "jurisdiction.far_court")
    assert finding.message.startswith("受诉法院“深圳前海合作区人民法院”（深圳）不在答辩人住所地（广州）")
    assert "应在答辩期内（至2025年9月26日）另行书面提出管辖权异议" in finding.message
    assert "合同的管辖条款为：“由贷款人住所地人民法院管辖”" in finding.message
    assert "；（2022）最高法民辖124号、" in finding.basis


def test_far_internet_court_is_noted() -> None:
    finding = one(court(name="杭州互联网法院"), "jurisdiction.far_court")
    assert "受诉法院为互联网法院" in finding.message


def test_province_mismatch_is_enough() -> None:
    case = evolve(court(name="浙江省杭州市中级人民法院"), "defendant", address="广东省某某县某某镇")
    assert "浙江" in one(case, "jurisdiction.far_court").message


def test_year_not_covered_lists_the_deadlines() -> None:
    case = service(served_on=D(2027, 3, 10), evidence_deadline=None, hearing=None)
    case = evolve(case, "court", case_number=None)
    finding = one(case, "calendar.year_not_covered", D(2027, 3, 12))
    assert finding.message.startswith("答辩期限、管辖权异议期限、举证期限取决于2027年的放假调休安排")
    covered = DEFAULT.with_arrangement(2027, [D(2027, 1, 1)], [D(2027, 2, 14)])
    assert "calendar.year_not_covered" not in check(case, today=D(2027, 3, 12), calendar=covered).codes()


def test_limitation_ending_in_an_uncovered_year_is_flagged_when_it_matters() -> None:
    # last due on the leap day 2024-02-29: three years end 2027-02-28 (Sunday), rolled to 2027-03-01 by an
    # estimate
    case = attrs.evolve(loan(last_due=D(2024, 2, 29)), complaint=attrs.evolve(clean().complaint,
        filed_on=D(2027, 3, 1)),
                        service=attrs.evolve(clean().service, served_on=D(2027, 3, 20),
                            evidence_deadline=None,
                                             hearing=None),
                        court=attrs.evolve(clean().court, case_number=None))
    report = check(case, today=D(2027, 3, 22))
    finding = next(f for f in report.findings if f.code == "calendar.year_not_covered")
    assert "诉讼时效届满日" in finding.message
    assert "limitation.possibly_expired" not in report.codes()
    # far from the end of the period, the limitation's year does not matter
    assert "calendar.year_not_covered" not in check(loan(last_due=D(2024, 2, 29)), today=TODAY).codes()


def test_errors_come_first_and_make_the_report_not_ok() -> None:
    report = check(service(hearing=D(2025, 9, 10), served_on=D(2025, 9, 11)), today=D(2025, 9, 12))
    assert report.findings[0].severity == "error" and not report.ok
    assert [f.code for f in report.errors] == ["service.after_hearing"]


def test_today_defaults_to_the_current_date() -> None:
    assert check(clean()).today == dt.date.today()
