"""The contract's terms and the defendant's repayments: standard terms (格式条款) not brought to the borrower's
attention, and repayments the claimed principal does not credit."""

from __future__ import annotations

from collections.abc import Iterator

from summons_kit.case.elements import CARD, element_form
from summons_kit.case.model import Case
from summons_kit.fields.claims import ClaimKind
from summons_kit.law import basis
from summons_kit.law.finding import Context, Finding, declare
from summons_kit.law.rules_money import claim_kinds, claimed_principal, yuan
from summons_kit.law.rules_parties import far_court

STANDARD_TERMS = declare(
    "claims.standard_terms",
    "info",
    "loan.standard_form",
    basis.STANDARD_TERMS,
    "格式条款（利息、费用、管辖）未经提示说明",
    "loan.standard_form is true and the claims ask for 违约金/滞纳金, 手续费 and other fees, 复利 or 罚息, or a "
    "venue clause (loan.venue_clause) puts the case in a court away from the defendant's domicile; for a credit "
    "card (案由 信用卡纠纷) the bank-card rules are cited as well",
)
REPAYMENTS = declare(
    "claims.repayments_not_deducted",
    "warning",
    "loan.repaid_principal",
    basis.SET_OFF_ORDER,
    "已还本金与主张的本金不符",
    "loan.principal - loan.repaid_principal differs from the principal the claims ask for (a claim's 本金 part, "
    "else a claim whose main kind is 本金)",
)

_TERM_KINDS = {
    ClaimKind.DAMAGES: "违约金",
    ClaimKind.PENALTY_INTEREST: "罚息",
    ClaimKind.COMPOUND_INTEREST: "复利",
}
_FEE_WORDS = ("手续费", "服务费", "管理费", "年费", "分期费")


def _terms_claimed(case: Case) -> list[str]:
    """The charges the claims ask for that only a contract term can ground (违约金, 罚息, 复利, fees)."""
    found: list[str] = []
    for claim in case.claims:
        kinds = claim_kinds(claim)
        found += [name for kind, name in _TERM_KINDS.items() if kind in kinds and name not in found]
        found += [w for w in _FEE_WORDS if w in claim.text and w not in found]
    return found


def check_standard_terms(context: Context) -> Iterator[Finding]:
    case = context.case
    if case.loan is None or case.loan.standard_form is not True:
        return
    charges = _terms_claimed(case)
    venue = bool(case.loan.venue_clause) and far_court(case)
    if not charges and not venue:
        return
    card = element_form(case.court.cause) == CARD
    subjects = []
    if charges:
        subjects.append(f"原告主张的{'、'.join(charges)}")
    if venue:
        subjects.append(f"管辖条款（“{case.loan.venue_clause}”）")
    what = "及".join(subjects)
    card_text = (
        "；发卡行对信用卡章程、领用合约中的利息、费用等条款未履行提示说明义务的，持卡人可以主张该条款不成为合同"
        "内容（《银行卡民事纠纷司法解释》第2条）"
        if card
        else ""
    )
    yield STANDARD_TERMS.finding(
        f"涉案合同为原告一方提供的格式合同，{what}均依据格式条款。提供格式条款的一方未采取合理方式提示、"
        "说明与对方有重大利害关系的条款，致使对方没有注意或者理解的，对方可以主张该条款不成为合同的内容"
        f"（《民法典》第496条）；不合理地加重对方责任的格式条款无效（第497条）{card_text}。"
        "请核实签约时是否有加粗、弹窗、单独确认等提示，并由原告举证。",
        "the contract is on the plaintiff's standard form and the claims rest on its terms ("
        + ", ".join(charges + (["venue clause"] if venue else []))
        + "): terms not brought to the borrower's attention may be excluded (CC 496-498"
        + ("; bank-card rules 2" if card else "")
        + "). The plaintiff must prove it gave notice.",
        basis=basis.join(STANDARD_TERMS.cited, basis.CARD_STANDARD_TERMS) if card else None,
        point=(
            f"涉案合同系原告提供的格式合同，{what}所依据的条款属于与答辩人有重大利害关系的格式条款。"
            "原告应举证证明其在订立合同时已采取合理方式提示答辩人注意并予以说明；原告未履行提示说明义务的，"
            "答辩人主张该等条款不成为合同内容（《民法典》第四百九十六条），相应请求不应支持；"
            "不合理地加重答辩人责任的条款亦属无效（《民法典》第四百九十七条）。"
        ),
    )


def check_repayments(context: Context) -> Iterator[Finding]:
    case = context.case
    loan = case.loan
    if loan is None or loan.principal is None or loan.repaid_principal is None:
        return
    claimed = claimed_principal(case)
    if claimed is None:
        return
    owed = loan.principal - loan.repaid_principal
    if claimed == owed:
        return
    more = claimed > owed
    yield REPAYMENTS.finding(
        f"借款本金{yuan(loan.principal)}，答辩人已偿还本金{yuan(loan.repaid_principal)}，尚欠本金应为{yuan(owed)}；"
        f"原告主张的本金为{yuan(claimed)}，"
        + (
            f"多出{yuan(claimed - owed)}。请核对还款记录：已还款项应依约定或法定顺序（费用、利息、本金）抵充"
            "（《民法典》第560条、第561条），原告可能将部分还款计入了利息或费用。"
            if more
            else f"少于按已还本金计算的余额{yuan(owed - claimed)}：请核对 loan.repaid_principal 是否录入有误。"
        ),
        f"principal {loan.principal} less repaid principal {loan.repaid_principal} is {owed}, but the claims ask "
        f"for {claimed}" + ("; check how the repayments were set off (CC 560-561)." if more else "."),
        point=(
            f"答辩人已偿还借款本金{yuan(loan.repaid_principal)}，尚欠本金应为{yuan(owed)}，原告主张本金"
            f"{yuan(claimed)}，未足额扣减答辩人的还款。请求人民法院责令原告提供完整的还款明细及抵充计算过程，"
            "并依据《民法典》第五百六十条、第五百六十一条的规定核减原告主张的本金。"
            if more
            else ""
        ),
    )


RULES = (check_standard_terms, check_repayments)
