"""What the findings say: amounts, dates, articles and the answer points a lawyer would use."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import attrs
from conftest import DAILY_005, DAILY_0075, claim
from test_check_cases import credit_card, weilidai
from test_check_rules import (
    BUYER,
    DAILY_002,
    DAILY_006,
    INSTALMENT,
    REPLACING_2025,
    TODAY,
    amount_not_text,
    clean,
    court,
    evolve,
    loan,
    service,
    with_claims,
)

from summons_kit import load_case
from summons_kit.case.model import Case, Claim, LenderKind, Loan
from summons_kit.check import Finding, check
from summons_kit.fields.case_number import CaseNumber
from summons_kit.fields.claims import ClaimKind, Rate
from summons_kit.law.calendar import DEFAULT
from summons_kit.law.rules_deadlines import last_instalment_due
from summons_kit.law.schedule import build_schedule

D = dt.date


def one(case, code: str, today: dt.date = TODAY) -> Finding:
    found = [f for f in check(case, today=today).findings if f.code == code]
    assert len(found) == 1, [f.code for f in check(case, today=today).findings]
    return found[0]


def test_total_mismatch_reports_the_amounts() -> None:
    finding = one(evolve(clean(), "complaint", total=Decimal("17000.00")), "claims.total_mismatch")
    assert finding.message.startswith(
        "起诉状所称合计金额17,000.00元与各项诉讼请求金额不符：第1项15,600.00元、第2项1,418.10元，合计17,018.10元"
    )
    assert "与全部之和相差18.10元" in finding.message
    assert finding.field == "complaint.total"
    assert "17,000.00元" in finding.point and "17,018.10元" in finding.point


def test_the_weilidai_total_is_the_sum_of_the_first_two_claims() -> None:
    # 以上第1、2项合计人民币17,018.10元: consistent although claims 3 and 4 state no amount
    assert "claims.total_mismatch" not in check(weilidai(), today=D(2025, 9, 15)).codes()


def test_parts_mismatch_names_the_claim() -> None:
    case = attrs.evolve(
        clean(),
        claims=(
            claim(
                "利息312.50元、罚息1,046.88元,合计1,400.00元",
                "1400.00",
                ClaimKind.INTEREST,
                parts=((ClaimKind.INTEREST, Decimal("312.50")), (ClaimKind.PENALTY_INTEREST, Decimal("1046.88"))),
            ),
        ),
    )
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
    case = attrs.evolve(
        case, claims=(*case.claims, claim("按日利率0.075%计算罚息", None, ClaimKind.PENALTY_INTEREST, rate=DAILY_0075))
    )
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
    case = with_claims(
        claim(
            "按日利率0.1%计收罚息",
            None,
            ClaimKind.PENALTY_INTEREST,
            rate=attrs.evolve(DAILY_0075, raw="日利率0.1%", annual=Decimal("36.5")),
        )
    )
    finding = one(case, "rate.above_licensed_cap")
    assert finding.field == "claims[3]"
    assert finding.point.startswith("原告第4项诉讼请求所主张的利率为日利率0.1%")


def test_penalty_and_damages_name_the_claims() -> None:
    finding = one(with_claims(claim("判令被告支付违约金500元", "500", ClaimKind.DAMAGES)), "claims.penalty_and_damages")
    assert finding.message.startswith("原告在第2项主张罚息，又在第4项主张违约金")
    assert "第五百八十五条第二款" in finding.point


def test_attorney_fees_are_found_by_keyword_when_the_claim_was_not_read() -> None:
    finding = one(with_claims(Claim(text="判令被告支付律师代理费人民币3,000元")), "claims.attorney_fees")
    assert finding.field == "claims[3]" and finding.severity == "info"
    assert "民诉法解释第90条" in finding.basis
    assert "合同明确约定" in finding.point


def test_acceleration_from_the_claim_text() -> None:
    # a loan still running when the suit was filed (the last instalment falls due after it): the point applies
    running = evolve(with_claims(Claim(text="判令宣布全部借款提前到期")), "loan", last_due=D(2026, 7, 2))
    finding = one(running, "claims.acceleration")
    assert finding.field == "claims[3]"
    assert "提前到期条件已经成就" in finding.point
    assert (
        "原告主张借款已于2025年3月2日提前到期" in one(loan(accelerated_on=D(2025, 3, 2)), "claims.acceleration").message
    )


def test_acceleration_after_the_whole_loan_fell_due_suggests_no_point() -> None:
    """The last instalment (2025-07-02) fell due before the suit (2025-08-20): acceleration no longer decides
    whether the principal is due, only the charges on instalments accelerated before their date."""
    finding = one(loan(accelerated_on=D(2025, 3, 2)), "claims.acceleration")
    assert finding.point == ""
    assert "借款最后一期已于2025年7月2日到期，早于起诉" in finding.message
    assert "自2025年3月2日至2025年7月2日期间原本未到期的各期本金能否计收罚息、复利" in finding.message


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
    risky = one(attrs.evolve(loan(last_due=D(2022, 3, 5)), instalment=INSTALMENT), "instalment.limitation_effect")
    assert "本案诉讼时效可能已于2025年3月5日届满：提出分期还款将放弃时效抗辩" in risky.message


def test_assignment_without_notice() -> None:
    case = attrs.evolve(evolve(clean(), "plaintiff", name=BUYER), loan=Loan(lender="某某银行股份有限公司"))
    finding = one(case, "assignment.not_notified")
    assert f"原告“{BUYER}”并非原债权人“某某银行股份有限公司”，案件未载明是否通知答辩人" in finding.message
    assert finding.field == "plaintiff.name"
    assert "第五百四十六条" in finding.point and "第五百四十八条" in finding.point
    assert "合同编通则解释（2023）第48条" in finding.basis


def test_same_lender_written_with_other_brackets_is_not_an_assignment() -> None:
    case = attrs.evolve(
        evolve(clean(), "plaintiff", name="某某银行股份有限公司(深圳分行)"),
        loan=Loan(lender="某某银行股份有限公司（深圳分行）"),
    )
    assert "assignment.not_notified" not in check(case, today=TODAY).codes()


def test_far_court_names_both_places_and_the_objection_deadline() -> None:
    case = evolve(court(name="深圳前海合作区人民法院"), "loan", venue_clause="由贷款人住所地人民法院管辖")
    finding = one(case, "jurisdiction.far_court_lender_seat")
    assert finding.message.startswith("受诉法院“深圳前海合作区人民法院”（深圳）不在答辩人住所地（广州）")
    assert "应在答辩期内（至2025年9月26日）另行书面提出管辖权异议" in finding.message
    assert "合同的管辖条款为：“由贷款人住所地人民法院管辖”" in finding.message
    assert "；（2022）最高法民辖124号、" in finding.basis


def test_far_internet_court_is_noted() -> None:
    finding = one(court(name="杭州互联网法院"), "jurisdiction.far_court_no_clause")
    assert "受诉法院为互联网法院" in finding.message


def test_province_mismatch_is_enough() -> None:
    case = evolve(court(name="浙江省杭州市中级人民法院"), "defendant", address="广东省某某县某某镇")
    assert "浙江" in one(case, "jurisdiction.far_court_no_clause").message


def test_year_not_covered_lists_the_deadlines() -> None:
    case = service(served_on=D(2027, 3, 10), evidence_deadline=None, hearing=None)
    case = evolve(case, "court", case_number=None)
    finding = one(case, "calendar.year_not_covered", D(2027, 3, 12))
    assert finding.message.startswith("答辩期限、管辖权异议期限、举证期限取决于2027年的放假调休安排")
    covered = DEFAULT.with_arrangement(2027, [D(2027, 1, 1)], [D(2027, 2, 14)])
    assert "calendar.year_not_covered" not in check(case, today=D(2027, 3, 12), calendar=covered).codes()


def test_year_not_covered_for_an_appeal_names_the_served_judgment_or_ruling() -> None:
    """The appeal deadline is computed from the judgment's (or ruling's) service, not the complaint's."""
    for field in ("judgment_served_on", "ruling_served_on"):
        case = service(**{field: D(2027, 3, 1)})
        finding = one(case, "calendar.year_not_covered", D(2027, 3, 2))
        assert finding.field == f"service.{field}"
        assert "上诉期限" in finding.message and "答辩期限" not in finding.message


def test_limitation_ending_in_an_uncovered_year_is_flagged_when_it_matters() -> None:
    # last due on the leap day 2024-02-29: three years end 2027-02-28 (Sunday), rolled to 2027-03-01 by an
    # estimate
    case = attrs.evolve(
        loan(last_due=D(2024, 2, 29)),
        complaint=attrs.evolve(clean().complaint, filed_on=D(2027, 3, 1)),
        service=attrs.evolve(clean().service, served_on=D(2027, 3, 20), evidence_deadline=None, hearing=None),
        court=attrs.evolve(clean().court, case_number=None),
    )
    report = check(case, today=D(2027, 3, 22))
    by_field = {f.field: f for f in report.findings if f.code == "calendar.year_not_covered"}
    assert set(by_field) == {"service.served_on", "loan.last_due"}, "each names the field its date comes from"
    assert by_field["loan.last_due"].message.startswith("诉讼时效届满日取决于2027年的放假调休安排")
    assert "诉讼时效届满日" not in by_field["service.served_on"].message
    assert "limitation.possibly_expired" not in report.codes()
    # far from the end of the period, the limitation's year does not matter
    assert "calendar.year_not_covered" not in check(loan(last_due=D(2024, 2, 29)), today=TODAY).codes()


def test_errors_come_first_and_make_the_report_not_ok() -> None:
    report = check(service(hearing=D(2025, 9, 10), served_on=D(2025, 9, 11)), today=D(2025, 9, 12))
    assert report.findings[0].severity == "error" and not report.ok
    assert [f.code for f in report.errors] == ["service.after_hearing"]


def test_today_defaults_to_the_current_date() -> None:
    assert check(clean()).today == dt.date.today()


# -- private lending before 2020-08-20 -------------------------------------------------------------------------
def _private_2019(rate: Rate) -> Case:
    """A private loan made 2019-04-15, sued on 2025-08-20 (clean()'s filing date)."""
    return loan(lender_kind=LenderKind.PRIVATE, signed_on=D(2019, 4, 15), rate=rate)


def test_a_2019_private_loan_is_capped_at_4x_lpr_at_filing_and_says_so_everywhere() -> None:
    finding = one(_private_2019(Rate("年利率30%", Decimal("30"), "year")), "rate.above_private_cap")
    # message, point and basis agree: the LPR at filing (2025-08-20: 3 %) for interest from 2020-08-20 on
    assert finding.message.startswith(
        "借款利率为年利率30%，超过民间借贷利率上限：合同成立于2020年8月20日之前（2019年4月15日），"
        "自2020年8月20日起的利息以起诉时（2025年8月20日）一年期LPR 3%的4倍，即年利率12%为限"
    )
    assert "年利率30%（年利率30%）" not in finding.message  # the rate is not repeated
    assert "2020年8月19日以前的利息可适用当时的司法解释" in finding.message
    assert "该利率超过年利率24%" in finding.message
    assert "合同成立时" not in finding.point
    assert finding.point == (
        "原告主张的借款利率为年利率30%。借款合同成立于2020年8月20日之前，自2020年8月20日起的利息应以起诉时一年期"
        "贷款市场报价利率四倍（年利率12%）为限，超过部分依法不应支持；2020年8月19日以前的利息，"
        "超过年利率24%的部分亦不应支持。"
    )
    parts = finding.basis.split("；")
    assert len(parts) == len(set(parts)), finding.basis  # every article once
    assert parts[:3] == [
        "民间借贷司法解释（2020）第25条、第28条、第29条",
        "民间借贷司法解释（2020）第31条",
        "《最高人民法院关于审理民间借贷案件适用法律若干问题的规定》（法释〔2015〕18号）第26条 (unverified)",
    ]
    assert "(unverified table)" in parts[-1]
    assert "on the filing date" in finding.message_en


def test_a_2019_private_loan_under_24_percent_is_only_capped_from_2020_08_20() -> None:
    finding = one(_private_2019(Rate("年利率18%", Decimal("18"), "year")), "rate.above_private_cap")
    assert "该利率未超过年利率24%" in finding.message
    assert "亦不应支持" not in finding.point and finding.point.endswith("超过部分依法不应支持。")
    # at or under the cap at filing (12 %): nothing
    assert (
        "rate.above_private_cap"
        not in check(_private_2019(Rate("年利率12%", Decimal("12"), "year")), today=TODAY).codes()
    )


def test_a_private_loan_after_2020_08_20_keeps_the_contract_date() -> None:
    finding = one(
        loan(lender_kind=LenderKind.PRIVATE, rate=Rate("年利率30%", Decimal("30"), "year")), "rate.above_private_cap"
    )
    assert "超过民间借贷利率上限：合同成立时（2023年11月2日）一年期LPR 3.45%的4倍，即年利率13.8%" in finding.message
    assert "超过合同成立时一年期贷款市场报价利率四倍（年利率13.8%）" in finding.point
    assert "第31条" not in finding.basis and "法释〔2015〕18号" not in finding.basis


def test_private_cap_unknown_names_the_right_date() -> None:
    finding = one(loan(lender_kind=LenderKind.PRIVATE, signed_on=None), "rate.private_cap_unknown")
    assert "早于2020年8月20日" in finding.message and "2019年8月20日" not in finding.message


# -- 案号 and court ----------------------------------------------------------------------------------------------
def test_a_shanghai_case_number_at_a_guangdong_court() -> None:
    number = CaseNumber("（2025）沪0115民初1234号", 2025, "沪0115", "民初", 1234)
    finding = one(court(name="广东省深圳前海合作区人民法院", case_number=number), "case_number.court_mismatch")
    assert finding.message.startswith(
        "案号“（2025）沪0115民初1234号”的法院代字“沪0115”以“沪”开头，是上海的法院；"
        "而受诉法院“广东省深圳前海合作区人民法院”在广东（法院代字应以“粤”开头）。"
    )
    assert finding.field == "court.case_number" and finding.severity == "warning"
    assert "法〔2015〕137号" in finding.basis and "附件" in finding.basis and "(unverified)" in finding.basis
    # a court named after a big city without its province: 深圳 is in 广东
    assert (
        "在广东" in one(court(name="深圳前海合作区人民法院", case_number=number), "case_number.court_mismatch").message
    )
    # the sample's own 案号 and court agree
    assert "case_number.court_mismatch" not in check(weilidai(), today=D(2025, 9, 20)).codes()


# -- the instalment schedule and the calendar ---------------------------------------------------------------------
def test_an_instalment_plan_reaching_into_an_uncovered_year() -> None:
    case = attrs.evolve(clean(), instalment=attrs.evolve(INSTALMENT, first_due=D(2026, 6, 1)))
    finding = one(case, "calendar.schedule_year_not_covered")
    assert finding.message.startswith(
        "分期还款计划自2026年6月1日起共12期，最后一期约定于2027年5月1日，还款日涉及2027年，"
        "而日历尚未收录国务院公布的2027年放假调休安排"
    )
    assert "--calendar" in finding.message and "Calendar.from_file" in finding.message
    assert finding.field == "instalment.first_due"
    covered = DEFAULT.with_arrangement(2027, [D(2027, 1, 1)], [D(2027, 2, 14)])
    assert "calendar.schedule_year_not_covered" not in check(case, today=TODAY, calendar=covered).codes()
    within_2026 = attrs.evolve(clean(), instalment=INSTALMENT)  # 2025-11-01 .. 2026-10-01
    assert "calendar.schedule_year_not_covered" not in check(within_2026, today=TODAY).codes()


def test_a_down_payment_moves_the_last_instalment_a_month_later_as_the_schedule_does() -> None:
    plan = attrs.evolve(INSTALMENT, months=11, first_due=D(2026, 1, 28))
    assert (
        "calendar.schedule_year_not_covered" not in check(attrs.evolve(clean(), instalment=plan), today=TODAY).codes()
    )
    with_down = attrs.evolve(plan, down_payment=Decimal("1000.00"))
    # the last instalment falls on 2026-12-28: the 2027 notice may still move it
    assert last_instalment_due(11, D(2026, 1, 28), Decimal("1000.00")) == D(2026, 12, 28)
    schedule = build_schedule(Decimal("12000.00"), 11, D(2026, 1, 28), Decimal("1000.00"))
    assert schedule.rows[-1].nominal_due == D(2026, 12, 28)  # the document's schedule agrees
    assert build_schedule(Decimal("12000.00"), 11, D(2026, 1, 28)).rows[-1].nominal_due == last_instalment_due(
        11, D(2026, 1, 28), Decimal("0")
    )
    finding = one(attrs.evolve(clean(), instalment=with_down), "calendar.schedule_year_not_covered")
    assert "最后一期约定于2026年12月28日，还款日涉及2027年" in finding.message


def test_a_supplied_year_the_installed_data_covers_is_reported_with_its_differences() -> None:
    finding = next(
        f
        for f in check(clean(), today=TODAY, calendar=REPLACING_2025).findings
        if f.code == "calendar.supplied_replaces_installed"
    )
    assert finding.severity == "info"
    assert finding.message.startswith(
        "日历提供了2025年的放假调休安排，而已安装的数据已收录国务院公布的2025年安排；本次计算以提供的安排为准"
    )
    assert "两者有2天不同：2025年10月8日（提供的安排为工作日）、2025年10月9日（提供的安排为休息日）" in finding.message
    same = DEFAULT.with_arrangement(2027, [D(2027, 1, 1)], [D(2027, 2, 14)])  # not installed: nothing to replace
    assert "calendar.supplied_replaces_installed" not in check(clean(), today=TODAY, calendar=same).codes()


# -- appeal -----------------------------------------------------------------------------------------------------
def test_appeal_passed_and_soon() -> None:
    passed = one(service(judgment_served_on=D(2025, 10, 20)), "deadline.appeal_passed", D(2025, 11, 5))
    assert passed.message.startswith(
        "上诉期限已于2025年11月4日（星期二）届满（今天是2025年11月5日），第一审判决已发生法律效力"
    )
    assert passed.field == "service.judgment_served_on"
    soon = one(service(ruling_served_on=D(2025, 9, 26)), "deadline.appeal_soon", D(2025, 10, 7))
    assert soon.message.startswith("裁定上诉期限2025年10月9日（星期四）届满，还剩2天")
    assert soon.field == "service.ruling_served_on"


# -- several charges on the overdue principal ---------------------------------------------------------------------
def test_rate_penalty_and_compound_interest_together_exceed_24_percent() -> None:
    # 日0.05% (18.25 %) + a penalty of 日0.02% (7.3 %) on top + compound interest claimed: each under 24 % alone
    case = loan(penalty_rate=DAILY_002)
    assert case.claims[1].info is not None and ClaimKind.COMPOUND_INTEREST in case.claims[1].info.kinds
    finding = one(case, "rate.combined_above_24")
    assert "rate.above_licensed_cap" not in check(case, today=TODAY).codes()
    assert finding.message.startswith(
        "逾期后对同一笔逾期本金同时计收借款利率（日利率0.05%，按一年365天折合年利率18.25%）、逾期罚息利率"
        "（日利率0.02%，按一年365天折合年利率7.3%），合计折合年利率25.55%，超过年利率24%；"
        "另有第2项主张的复利在此之上另计，实际负担更高。"
    )
    assert "计算方法：罚息利率低于借款利率，按在借款利率之外加收罚息计算。" in finding.message
    assert finding.field == "loan.penalty_rate"
    assert finding.basis.startswith(
        "《最高人民法院关于进一步加强金融审判工作的若干意见》（法发〔2017〕22号）第2条 (unverified verbatim)"
    )
    assert "合计折合年利率已达25.55%，尚未计入第2项主张的复利" in finding.point
    assert "合计超过年利率24%的部分，请求人民法院依法不予支持" in finding.point


def test_claimed_rates_and_a_damages_rate_add_up() -> None:
    damages = claim(
        "判令被告按日利率0.02%支付违约金", None, ClaimKind.DAMAGES, rate=attrs.evolve(DAILY_002, raw="日利率0.02%")
    )
    interest = claim("判令被告按日利率0.05%支付利息", None, ClaimKind.INTEREST, rate=DAILY_005)
    case = attrs.evolve(clean(), claims=(clean().claims[0], interest, damages))
    finding = one(case, "rate.combined_above_24")
    assert "第2项诉讼请求的利率（日利率0.05%" in finding.message
    assert "第3项诉讼请求的违约金利率（日利率0.02%" in finding.message
    assert "合计折合年利率25.55%" in finding.message and finding.field == "claims[2]"


def test_a_rate_with_a_charge_without_a_rate_asks_the_lawyer_to_compute() -> None:
    finding = one(loan(penalty_rate=DAILY_006), "rate.combined_unknown")
    assert finding.message.startswith(
        "逾期后对同一笔逾期本金同时计收多项费用：逾期罚息利率（日利率0.06%，按一年365天折合年利率21.9%）；"
        "另有第2项主张的复利，未载明利率，无法计算合计年利率。"
    )
    assert "合计金额 ÷ 计息本金 ÷ 计息天数 × 365" in finding.message
    assert finding.severity == "info" and finding.field == "claims[1]" and not finding.point


def test_the_credit_card_sample_is_asked_to_compute_interest_with_damages_and_fees() -> None:
    finding = one(credit_card(), "rate.combined_unknown", D(2026, 2, 5))
    assert "第3项诉讼请求的利率（日利率万分之五" in finding.message
    assert "另有第2项主张的违约金，未载明利率" in finding.message
    assert "第2项主张的手续费、律师费等费用亦属应计入合计的其他费用" in finding.message


# -- a claim's amount against its own text ------------------------------------------------------------------------
def test_an_amount_that_contradicts_its_text() -> None:
    finding = one(amount_not_text(), "claims.amount_differs_from_text")
    assert finding.message.startswith(
        "第1项诉讼请求填写的金额为16,000.00元，但该项请求的文字所载金额为15,600.00元（相差400.00元）"
    )
    assert finding.field == "claims[0].amount"
    assert "民诉法第124条" in finding.basis
    assert "claims.amount_differs_from_text" not in check(clean(), today=TODAY).codes()


def test_an_amount_typed_over_the_text_is_found_from_a_case_file() -> None:
    case = load_case({"claims": [{"text": "判令被告立即偿还借款本金人民币15,600.00元", "amount": 16000}]})
    finding = one(case, "claims.amount_differs_from_text")
    assert "填写的金额为16,000.00元，但该项请求的文字所载金额为15,600.00元" in finding.message
    same = load_case({"claims": [{"text": "判令被告立即偿还借款本金人民币15,600.00元", "amount": "15600"}]})
    assert "claims.amount_differs_from_text" not in check(same, today=TODAY).codes()
