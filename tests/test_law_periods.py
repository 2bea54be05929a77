"""Answer period as the court states it, small-claims and simple-procedure answer periods, the hearing before a
deadline, public notice at home and abroad (before and after 2024-01-01), and filing at the counter."""

from __future__ import annotations

import datetime as dt

import attrs
from test_check_cases import weilidai
from test_check_findings import one
from test_check_rules import service

from summons_kit.case.model import Case, Procedure, Service, ServiceMethod
from summons_kit.check import check
from summons_kit.law.deadlines import compute_deadlines

D = dt.date


def deadlines(case: Case) -> dict[str, object]:
    return {d.key: d for d in compute_deadlines(case)}


def served(day: dt.date, procedure: Procedure | None = None, abroad: bool = False, **changes: object) -> Case:
    case = weilidai()
    return attrs.evolve(
        case,
        service=Service(served_on=day, **changes),
        court=attrs.evolve(case.court, procedure=procedure),
        defendant=attrs.evolve(case.defendant, abroad=abroad),
    )


def test_the_answer_deadline_the_court_states_wins() -> None:
    answer = deadlines(served(D(2025, 9, 11), answer_deadline=D(2025, 9, 18)))["answer"]
    assert answer.date == D(2025, 9, 18) and answer.field == "service.answer_deadline"
    assert "应诉通知书载明答辩期至2025年9月18日" in answer.explanation
    assert "按法定期间计算为2025年9月26日，与通知书不同" in answer.explanation
    assert deadlines(served(D(2025, 9, 11), answer_deadline=D(2025, 9, 18)))["jurisdiction"].date == D(2025, 9, 18)


def test_a_small_claims_answer_date_is_the_latest_possible() -> None:
    """民诉法解释 第275条: the court may set an answer period of up to 15 days."""
    answer = deadlines(served(D(2025, 9, 11), Procedure.SMALL_CLAIMS))["answer"]
    assert "2025年9月26日是最迟的答辩期限" in answer.explanation and "第275条" in answer.explanation


def test_a_simple_procedure_answer_period_may_be_shortened_with_consent() -> None:
    """民诉法解释 第266条."""
    answer = deadlines(served(D(2025, 9, 11), Procedure.SIMPLE))["answer"]
    assert "经当事人同意，答辩期可以缩短（《民诉法解释》第266条）" in answer.explanation


def test_filing_at_the_counter_ends_when_the_office_closes() -> None:
    """民法典 第203条第2款: 24:00 by post or online; at the counter, when the office closes."""
    answer = deadlines(served(D(2025, 9, 11)))["answer"]
    assert "期间届满日24时前提交即可" in answer.explanation
    counter = "到法院当面提交的，应在该日法院停止办公（下班）前提交（《民法典》第203条第2款 (unverified)）"
    assert counter in answer.explanation
    assert answer.explanation.index("在线提交") < answer.explanation.index("24时前")


def test_a_hearing_before_the_answer_deadline_is_flagged() -> None:
    finding = one(service(hearing=dt.datetime(2025, 9, 22, 9, 0)), "service.hearing_before_deadline")
    assert "开庭日期2025年9月22日早于答辩期限届满日2025年9月26日、举证期限届满日2025年9月26日" in finding.message
    assert finding.field == "service.hearing"


def test_a_hearing_before_the_stated_evidence_deadline_is_flagged() -> None:
    case = service(evidence_deadline=D(2025, 10, 20))
    finding = one(case, "service.hearing_before_deadline")  # the hearing is on 2025-10-15
    assert "早于举证期限届满日2025年10月20日" in finding.message and finding.field == "service.evidence_deadline"


# --- public notice (公告送达) ---------------------------------------------------------------------------------


def notice(published: dt.date, abroad: bool = False) -> dict[str, object]:
    return deadlines(served(published, abroad=abroad, method=ServiceMethod.PUBLIC_NOTICE))


def test_a_domestic_public_notice_takes_30_days() -> None:
    """民诉法 第95条 (2023 revision, in force 2024-01-01)."""
    found = notice(D(2025, 8, 1))["public_notice"]
    assert found.date == D(2025, 8, 31) and found.basis == "民诉法第95条"


def test_a_defendant_without_domicile_in_china_gets_60_days() -> None:
    """民诉法 第283条 (unverified in the kit's reference)."""
    found = notice(D(2025, 8, 1), abroad=True)["public_notice"]
    assert found.date == D(2025, 9, 30)
    assert found.basis == "民诉法第283条 (unverified)" and "经过60日" in found.explanation


def test_a_notice_published_before_2024_ran_under_the_law_then_in_force() -> None:
    """Published 2023-12-01: 60 days at home (民诉法 (2021) 95), three months abroad (民诉法 (2021) 274,
    unverified)."""
    home = notice(D(2023, 12, 1))["public_notice"]
    assert home.date == D(2024, 1, 30) and home.basis == "民诉法（2021）第95条"
    assert "2024年1月1日前发出的公告适用修正前的《民事诉讼法》" in home.explanation
    abroad = notice(D(2023, 12, 1), abroad=True)["public_notice"]
    assert abroad.date == D(2024, 3, 1) and abroad.basis == "民诉法（2021）第274条 (unverified)"
    assert "经过三个月" in abroad.explanation


def test_mail_abroad_without_a_receipt_is_deemed_served_after_three_months() -> None:
    """民诉法 第283条 (unverified): no receipt back, deemed served 3 months after mailing."""
    case = served(None, abroad=True, method=ServiceMethod.MAIL, mailed_on=D(2025, 6, 10))  # type: ignore[arg-type]
    answer = deadlines(case)["answer"]
    assert "2025年9月10日视为送达起诉状副本（2025年6月10日邮寄，未收到送达回证" in answer.explanation
    assert answer.date is not None and answer.date >= D(2025, 10, 10)  # 30 days for a defendant abroad
    assert "service.unknown" not in check(case, today=D(2025, 9, 15)).codes()
