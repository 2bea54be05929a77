"""The instalment request's amounts as the answer argues them: what the answer disputes, the default total, and
the reservation the request must print (an offer to settle is no admission).

The documents layer calls :func:`default_instalment_total` for the total when ``instalment.total`` is not given,
and prints :data:`SETTLEMENT_RESERVATION` in the request.
"""

from __future__ import annotations

from decimal import Decimal

import attrs

from summons_kit.case.model import Case, Position
from summons_kit.fields.claims import ClaimKind
from summons_kit.law.calendar import DEFAULT, Calendar
from summons_kit.law.rules_money import claim_info, claimed_principal
from summons_kit.law.schedule import Schedule, build_schedule

#: printed in the instalment request: an offer made to settle is not an admission (民诉法解释 107, unverified)
SETTLEMENT_RESERVATION = (
    "本申请系申请人为协商解决纠纷而提出，申请人在本申请中作出的让步及陈述，不构成对原告诉讼请求或相关事实的认可；"
    "如未能达成调解或和解，不得在其后的诉讼中作为对申请人不利的根据（《最高人民法院关于适用〈中华人民共和国民事"
    "诉讼法〉的解释》第一百零七条）。"
)
#: the same reservation in a letter to the lender before or outside a suit (协商还款申请书): there is no court yet,
#: so 第107条 is cited by analogy (参照)
NEGOTIATION_RESERVATION = (
    "申请人提出本还款方案系为协商解决纠纷所作的让步，不构成对贵方主张的欠款金额、利息、费用及其他事实的认可；"
    "协商不成的，申请人保留对本金、利息、罚息、复利、违约金及各项费用提出异议和抗辩的一切权利"
    "（参照《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第一百零七条）。"
)

#: a claim's kind -> the element row (答辩事项) that answers it
ROW_OF_KIND = {
    ClaimKind.PRINCIPAL: "principal",
    ClaimKind.INTEREST: "interest",
    ClaimKind.PENALTY_INTEREST: "interest",
    ClaimKind.COMPOUND_INTEREST: "interest",
    ClaimKind.DAMAGES: "interest",
    ClaimKind.COLLECTION_COSTS: "costs",
    ClaimKind.OTHER: "other",
}


@attrs.frozen
class Amounts:
    """The claimed amounts sorted by what the answer says of them (element rows 答辩事项)."""

    undisputed: Decimal  # rows marked disputed = false
    disputed: Decimal  # rows marked disputed = true
    unanswered: Decimal  # no position entered
    disputed_rows: tuple[str, ...]
    disputed_principal: Decimal = Decimal(0)  # the part of ``disputed`` on the principal row

    @property
    def disputed_charges(self) -> Decimal:
        """What the answer disputes besides the principal (interest, 罚息, 复利, fees, costs)."""
        return self.disputed - self.disputed_principal


def _position(case: Case, row: str) -> Position | None:
    return case.defence.items.get(row)


def claim_amounts(case: Case) -> Amounts:
    """Every claimed amount (a claim's parts one by one, else its amount under its main kind) sorted by the
    position the answer takes on its element row; litigation costs (诉讼费用) are not a debt and are left out."""
    totals = {True: Decimal(0), False: Decimal(0), None: Decimal(0)}
    principal = Decimal(0)
    rows: list[str] = []
    for claim in case.claims:
        info = claim_info(claim)
        if info is None:
            continue
        parts: tuple[tuple[ClaimKind, Decimal], ...] = info.parts
        if not parts and claim.amount is not None:
            parts = ((info.kind, claim.amount),)
        for kind, amount in parts:
            if kind is ClaimKind.COURT_COSTS:
                continue
            row = ROW_OF_KIND.get(kind, "other")
            position = _position(case, row)
            disputed = position.disputed if position is not None else None
            totals[disputed] += amount
            if disputed is True and row == "principal":
                principal += amount
            if disputed is True and row not in rows:
                rows.append(row)
    return Amounts(totals[False], totals[True], totals[None], tuple(rows), principal)


def default_instalment_total(case: Case) -> Decimal | None:
    """The total an instalment request offers when ``instalment.total`` is not given: the amounts the answer
    marks undisputed, else the claimed principal; never an amount the answer disputes or has not confirmed
    (no concession by default). None when neither is known (the draft marks the total to be filled in)."""
    amounts = claim_amounts(case)
    if amounts.undisputed:
        return amounts.undisputed
    return claimed_principal(case)


def instalment_total(case: Case) -> Decimal | None:
    """The total the instalment request offers: ``instalment.total`` when given, else
    :func:`default_instalment_total`; None without a plan (or without any amount to offer)."""
    plan = case.instalment
    if plan is None:
        return None
    return plan.total if plan.total is not None else default_instalment_total(case)


def case_schedule(case: Case, calendar: Calendar = DEFAULT) -> Schedule | None:
    """The schedule the instalment request prints: :func:`instalment_total` over the plan's months, the agreed
    due days kept unless ``instalment.roll_to_workday`` (a debtor may pay early; a plan's due day is a contract
    term, not a procedural period). None without a plan or a total; raises CaseError for a plan that cannot be
    built."""
    plan, total = case.instalment, instalment_total(case)
    if plan is None or not total:
        return None
    return build_schedule(total, plan.months, plan.first_due, plan.down_payment, calendar, roll=plan.roll_to_workday)
