"""The instalment request against the answer (issue 9 item 6): the total must not include what the answer
disputes; the default total; the reservation the request prints; the plan's dates."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import attrs
from test_check_findings import one
from test_check_rules import INSTALMENT, TODAY, clean

from summons_kit.case.model import Case, Defence, Position
from summons_kit.check import check
from summons_kit.law.instalment import (
    SETTLEMENT_RESERVATION,
    claim_amounts,
    default_instalment_total,
    instalment_total,
)
from summons_kit.law.schedule import build_schedule

D = dt.date


def planned(total: Decimal | None = None, **rows: Position) -> Case:
    return attrs.evolve(clean(), instalment=attrs.evolve(INSTALMENT, total=total), defence=Defence(items=rows))


def test_a_total_including_the_disputed_interest_is_flagged() -> None:
    """The clean case claims principal 15,600 and interest, 罚息 and 复利 of 1,418.10; the answer disputes the
    interest row: a total of all claims (17,018.10) includes the disputed 1,418.10 (民诉法解释 第107条)."""
    finding = one(
        planned(Decimal("17018.10"), interest=Position(True, "罚息、复利过高")), "instalment.total_includes_disputed"
    )
    assert "填写的分期总额17,018.10元包含答辩状中有异议的金额（利息（期内利息、复利、罚息），共1,418.10元）" in (
        finding.message
    )
    assert "第107条" in finding.message and finding.basis.endswith("民诉法解释第107条 (unverified)")


def test_the_default_total_never_includes_the_disputed_interest() -> None:
    """Without ``instalment.total`` the request offers the principal (law.instalment.instalment_total): no
    concession of the disputed interest by default, so no finding."""
    case = planned(interest=Position(True, "罚息、复利过高"))
    assert instalment_total(case) == Decimal("15600.00")
    assert "instalment.total_includes_disputed" not in check(case, today=TODAY).codes()


def test_a_total_within_the_undisputed_part_is_fine() -> None:
    case = planned(Decimal("15600.00"), interest=Position(True, "罚息、复利过高"))
    assert "instalment.total_includes_disputed" not in check(case, today=TODAY).codes()


def test_the_default_total_is_the_undisputed_part_else_the_principal() -> None:
    agreed = planned(principal=Position(False, "无异议"), interest=Position(True, "过高"))
    assert claim_amounts(agreed).undisputed == Decimal("15600.00")
    assert default_instalment_total(agreed) == Decimal("15600.00")
    # nothing marked undisputed: the claimed principal, never the disputed or unconfirmed interest
    assert default_instalment_total(planned()) == Decimal("15600.00")


def test_the_reservation_cites_its_article() -> None:
    assert "不构成对原告诉讼请求或相关事实的认可" in SETTLEMENT_RESERVATION
    assert SETTLEMENT_RESERVATION.endswith("诉讼法〉的解释》第一百零七条）。")


def test_a_first_instalment_before_the_documents_date_is_flagged() -> None:
    case = attrs.evolve(clean(), instalment=attrs.evolve(INSTALMENT, first_due=D(2025, 9, 1)))
    finding = one(case, "instalment.due_before_document")
    assert "首期还款日2025年9月1日早于文书日期2025年9月20日" in finding.message


def test_a_schedule_may_keep_the_agreed_day() -> None:
    """A plan's due day is a contract term: a debtor may pay early; rolling to a working day is an option."""
    kept = build_schedule(Decimal("100.00"), 1, D(2025, 11, 2), roll=False).rows[0]  # a Sunday
    assert kept.due == kept.nominal_due == D(2025, 11, 2)
    assert build_schedule(Decimal("100.00"), 1, D(2025, 11, 2)).rows[0].due == D(2025, 11, 3)
