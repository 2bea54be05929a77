"""Limitation (issue 9 items 1-2): every interruption the case records restarts the period; an offer to pay next
to the limitation defence is an error; no instalment request is drafted when limitation may have run unless the
case confirms it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import attrs
from test_check_findings import one
from test_check_rules import BUYER, INSTALMENT, TODAY, evolve, loan

from summons_kit.case.model import AnswerPoint, Assignment, Case, Defence, Position
from summons_kit.check import check
from summons_kit.law.rules_limitation import instalment_waives_limitation, payment_offers

D = dt.date
LATE = D(2022, 3, 5)  # the last instalment: three years end 2025-03-05, before the suit (filed 2025-08-20)


def assigned(notified_on: dt.date, notified: bool = True) -> Case:
    case = evolve(loan(last_due=LATE), "plaintiff", name=BUYER)
    return attrs.evolve(
        case,
        assignment=Assignment(
            assignor="某某银行股份有限公司", notified=notified, notice_method="短信", notified_on=notified_on
        ),
    )


def test_a_notice_of_assignment_interrupts_limitation() -> None:
    """诉讼时效司法解释 第17条 (unverified): the notice reaching the debtor restarts the three years."""
    assert "limitation.possibly_expired" not in check(assigned(D(2024, 3, 1)), today=TODAY).codes()
    # unconfirmed notice: nothing restarts the period
    assert "limitation.possibly_expired" in check(assigned(D(2024, 3, 1), notified=False), today=TODAY).codes()


def test_a_notice_after_expiry_does_not_revive_the_period() -> None:
    finding = one(assigned(D(2025, 4, 1)), "limitation.possibly_expired")
    assert "至2025年3月5日届满" in finding.message


def test_the_restart_names_its_article() -> None:
    """Restarted by the notice of 2022-06-01 (three years end in June 2025, still before the 2025-08-20 filing):
    the finding cites the article of what restarted it."""
    finding = one(assigned(D(2022, 6, 1)), "limitation.possibly_expired")
    assert "债权转让通知到达答辩人之日" in finding.message
    assert finding.basis.endswith("诉讼时效司法解释第17条 (unverified)；民法典第195条")


def test_a_card_issuers_demand_interrupts_limitation_under_the_bank_card_rules() -> None:
    """银行卡民事纠纷司法解释 第3条: an SMS or letter demanding payment interrupts limitation."""
    card = evolve(loan(last_due=LATE), "court", cause="信用卡纠纷")
    assert (
        "limitation.possibly_expired"
        not in check(evolve(card, "loan", last_collection_on=D(2024, 5, 1)), today=TODAY).codes()
    )
    restarted = one(evolve(card, "loan", last_collection_on=D(2022, 5, 1)), "limitation.possibly_expired")
    assert "银行卡民事纠纷司法解释第3条" in restarted.basis


def test_a_payment_interrupts_limitation() -> None:
    """民法典 第195条: paying is agreeing to perform."""
    assert (
        "limitation.possibly_expired"
        not in check(loan(last_due=LATE, last_payment_on=D(2024, 1, 9)), today=TODAY).codes()
    )


def test_the_suggested_point_asserts_no_fact_the_case_does_not_establish() -> None:
    point = one(loan(last_due=LATE), "limitation.possibly_expired").point
    assert "不存在诉讼时效中断" not in point
    # what the defendant states, with a visible question for the lawyer (printed 【待确认】, never filed unseen)
    assert "据答辩人所知" in point and "【待确认：此期间有无催收、还款或同意履行" in point


def test_a_payment_after_expiry_is_never_denied_in_the_point() -> None:
    """民法典 第192条第2款: a payment after expiry may waive the defence; the point must not say 未还款."""
    point = one(loan(last_due=LATE, last_payment_on=D(2025, 6, 1)), "limitation.possibly_expired").point
    assert "未还款" not in point and "2025年6月1日的还款发生在时效届满之后【待确认：" in point


def test_an_offer_in_an_undisputed_row_is_found_too() -> None:
    """The row's text is printed whatever its position: an offer there waives the defence just the same."""
    case = loan(last_due=LATE)
    rows = {"overdue": Position(False, "答辩人愿意分期还款。")}
    offered = attrs.evolve(case, defence=attrs.evolve(case.defence, facts=rows))
    assert payment_offers(offered) == [("defence.facts.overdue", "愿意分期还款")]
    assert "limitation.payment_offer" in check(offered, today=TODAY).codes()


# --- item 2: an offer to pay next to the limitation defence ----------------------------------------------------


def with_points(case: Case, *texts: str) -> Case:
    return attrs.evolve(case, defence=Defence(points=tuple(AnswerPoint(text=t) for t in texts)))


def test_an_offer_to_pay_next_to_the_limitation_defence_is_an_error() -> None:
    """诉讼时效司法解释 第19条; 民法典 第192条第2款: agreeing to perform after expiry waives the defence."""
    case = with_points(loan(last_due=LATE), "原告的请求已过诉讼时效。", "答辩人经济困难，愿意分期还款。")
    report = check(case, today=TODAY)
    finding = next(f for f in report.findings if f.code == "limitation.payment_offer")
    assert finding.severity == "error" and not report.ok
    assert finding.field == "defence.points[1]" and "“愿意分期还款”" in finding.message
    assert finding.basis == "诉讼时效司法解释第19条；民法典第192条第2款"


def test_a_refusal_to_pay_is_no_offer() -> None:
    assert payment_offers(with_points(loan(), "答辩人不同意偿还罚息。")) == []
    row = Position(disputed=True, text="答辩人同意偿还本金。")
    case = attrs.evolve(loan(), defence=Defence(items={"principal": row}))
    assert payment_offers(case) == [("defence.items.principal", "同意偿还")]


def test_an_offer_to_pay_is_fine_while_limitation_runs() -> None:
    case = with_points(loan(), "答辩人愿意分期还款。")
    assert "limitation.payment_offer" not in check(case, today=TODAY).codes()


# --- the instalment request when limitation may have run -------------------------------------------------------


def test_no_instalment_request_when_limitation_may_have_run_unless_confirmed() -> None:
    risky = attrs.evolve(loan(last_due=LATE), instalment=INSTALMENT)
    report = check(risky, today=TODAY)
    assert "instalment.waives_limitation" in report.codes()
    assert instalment_waives_limitation(risky, report) and instalment_waives_limitation(risky)
    confirmed = attrs.evolve(risky, instalment=attrs.evolve(INSTALMENT, despite_limitation=True))
    report = check(confirmed, today=TODAY)
    assert "instalment.waives_limitation" not in report.codes() and "instalment.limitation_effect" in report.codes()
    assert not instalment_waives_limitation(confirmed, report) and not instalment_waives_limitation(confirmed)
    running = attrs.evolve(loan(), instalment=INSTALMENT)
    assert not instalment_waives_limitation(running)


def test_despite_limitation_is_read_from_the_case_file(tmp_path: Path) -> None:
    from summons_kit import load_case

    source = (__import__("pathlib").Path(__file__).parents[1] / "examples" / "weilidai" / "case.toml").read_text(
        "utf-8"
    )
    assert "[instalment]" in source
    path = tmp_path / "case.toml"
    path.write_text(source.replace("[instalment]\n", "[instalment]\ndespite_limitation = true\n", 1), "utf-8")
    assert load_case(path).instalment.despite_limitation is True
