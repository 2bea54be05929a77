"""Money: the complaint's arithmetic, interest caps, stacked penalties, attorney fees, acceleration."""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Iterator
from decimal import Decimal

from summons_kit.fields.claims import ClaimKind, Rate
from summons_kit.law import basis
from summons_kit.law.calendar import date_zh
from summons_kit.law.finding import Context, Finding, declare
from summons_kit.law.limits import (
    LICENSED_CAP,
    PRIVATE_MULTIPLE,
    annual_of,
    lender_kind,
    original_lender,
    private_cap,
    rate_text,
)
from summons_kit.model import Case, Claim, LenderKind

#: subsets are tried up to this many stated amounts (2**n sums); beyond it only prefixes and the whole
MAX_SUBSET_CLAIMS = 16
_KEYWORDS = {  # a claim's text -> kinds, in addition to what fields.claims read
    ClaimKind.PENALTY_INTEREST: ("罚息",),
    ClaimKind.DAMAGES: ("违约金", "滞纳金"),
    ClaimKind.COLLECTION_COSTS: ("律师费", "律师代理费", "实现债权", "催收费", "公告费"),
}
_ACCELERATION_WORDS = ("提前到期", "提前收回", "全部到期", "剩余全部借款", "全部剩余")

TOTAL_MISMATCH = declare(
    "claims.total_mismatch", "warning", "complaint.total", basis.COMPLAINT_ARITHMETIC,
    "起诉状合计金额与各项请求不符",
    "complaint.total equals neither the sum of all claimed amounts nor the sum of any prefix or "
    "subset of them",
)
PARTS_MISMATCH = declare(
    "claims.parts_mismatch", "warning", "claims", basis.COMPLAINT_ARITHMETIC, "单项请求的分项之和与合计不符",
    "a claim names several amounts and a 合计 that is not their sum",
)
LICENSED_RATE = declare(
    "rate.above_licensed_cap", "warning", "loan.rate", basis.FINANCIAL_24, "利率超过年利率24%（持牌金融机构）",
    "licensed lender and a contract, penalty or claimed rate above 24 % a year (daily rates annualised, day "
    "count stated)",
)
PRIVATE_RATE = declare(
    "rate.above_private_cap", "warning", "loan.rate", basis.PRIVATE_LENDING_25,
    "利率超过一年期LPR的4倍（民间借贷）",
    "private lender and a rate above 4x the one-year LPR at the contract date (LPR table unverified)",
)
PRIVATE_UNKNOWN = declare(
    "rate.private_cap_unknown", "info", "loan.signed_on", basis.PRIVATE_LENDING_25,
    "无法计算民间借贷利率上限",
    "private lender with a stated rate, but no contract date (or no LPR for it) to compute 4x LPR",
)
LOCAL_RATE = declare(
    "rate.local_financial_above_24", "info", "loan.rate", basis.LOCAL_FINANCIAL,
    "地方金融组织利率超过年利率24%",
    "small-loan company or other local financial firm and a rate above 24 % a year",
)
LENDER_UNKNOWN = declare(
    "rate.lender_unknown", "info", "loan.lender_kind", basis.FINANCIAL_24, "无法判断出借人类型",
    "rates are stated but the lender type (licensed / local financial / private) cannot be told from "
    "its name",
)
PENALTY_AND_DAMAGES = declare(
    "claims.penalty_and_damages", "warning", "claims", basis.PENALTY_AND_DAMAGES, "罚息与违约金同时主张",
    "the claims ask for both penalty interest (罚息) and liquidated damages (违约金/滞纳金)",
)
ATTORNEY_FEES = declare(
    "claims.attorney_fees", "info", "claims", basis.ATTORNEY_FEES, "主张律师费等实现债权费用",
    "a claim asks for attorney fees or other costs of enforcing the debt (实现债权费用)",
)
ACCELERATION = declare(
    "claims.acceleration", "info", "loan.accelerated_on", basis.ACCELERATION, "主张借款提前到期",
    "loan.accelerated_on is set or a claim's text demands acceleration (提前到期)",
)


def yuan(amount: Decimal) -> str:
    """``15,600.00元``."""
    return f"{amount:,.2f}元"


def _numbers(indexes: tuple[int, ...]) -> str:
    return "、".join(str(i + 1) for i in indexes)


def _consistent(total: Decimal, amounts: list[tuple[int, Decimal]]) -> bool:
    values = [a for _, a in amounts]
    if any(sum(values[:n], Decimal(0)) == total for n in range(1, len(values) + 1)):
        return True
    if len(values) > MAX_SUBSET_CLAIMS:
        return False
    return any(
        sum(combo, Decimal(0)) == total
        for size in range(1, len(values) + 1)
        for combo in itertools.combinations(values, size)
    )


def check_total(context: Context) -> Iterator[Finding]:
    case = context.case
    total = case.complaint.total
    amounts = [(i, c.amount) for i, c in enumerate(case.claims) if c.amount is not None]
    if total is None or not amounts or _consistent(total, amounts):
        return
    listed = "、".join(f"第{i + 1}项{yuan(a)}" for i, a in amounts)
    all_sum = sum((a for _, a in amounts), Decimal(0))
    yield TOTAL_MISMATCH.finding(
        f"起诉状所称合计金额{yuan(total)}与各项诉讼请求金额不符：{listed}，合计{yuan(all_sum)}，"
        f"任何几项之和均不等于{yuan(total)}（与全部之和相差{yuan(abs(total - all_sum))}）。",
        f"the complaint's total {total} matches no sum of the claimed amounts "
        f"({', '.join(str(a) for _, a in amounts)}; all together {all_sum}).",
        point=(
            f"原告起诉状所列合计金额{yuan(total)}与其各项诉讼请求金额之和{yuan(all_sum)}不一致，"
            "诉讼请求不明确，请求人民法院责令原告予以明确，并依法核实原告主张的欠款金额。"
        ),
    )


def check_parts(context: Context) -> Iterator[Finding]:
    for index, claim in enumerate(context.case.claims):
        info = claim.info
        if info is None or len(info.parts) < 2 or info.amount is None:
            continue
        parts_sum = sum((amount for _, amount in info.parts), Decimal(0))
        if parts_sum == info.amount:
            continue
        listed = "、".join(f"{kind.value}{yuan(amount)}" for kind, amount in info.parts)
        yield PARTS_MISMATCH.finding(
            f"第{index + 1}项诉讼请求列明{listed}，之和为{yuan(parts_sum)}，"
            f"与其所称合计{yuan(info.amount)}不符。",
            f"claim {index + 1} lists amounts adding up to {parts_sum}, not the stated {info.amount}.",
            field=f"claims[{index}]",
            point=(
                f"原告第{index + 1}项诉讼请求所列各分项之和为{yuan(parts_sum)}，"
                f"与其主张的合计金额{yuan(info.amount)}不一致，请求人民法院依法核实。"
            ),
        )


def _contract_date(case: Case) -> dt.date | None:
    if case.loan is None:
        return None
    return case.loan.signed_on or case.loan.disbursed_on


def _rates(case: Case) -> list[tuple[str, str, Rate]]:
    """(field, Chinese name, rate) for every rate the case states (name: 借款利率 | 逾期罚息利率 | 第n项…)."""
    found: list[tuple[str, str, Rate]] = []
    if case.loan is not None:
        if case.loan.rate is not None:
            found.append(("loan.rate", "借款利率", case.loan.rate))
        if case.loan.penalty_rate is not None:
            found.append(("loan.penalty_rate", "逾期罚息利率", case.loan.penalty_rate))
    for index, claim in enumerate(case.claims):
        if claim.rate is not None:
            found.append((f"claims[{index}]", f"第{index + 1}项诉讼请求所主张的利率", claim.rate))
    return found


def _subject(name: str) -> str:
    """The rate as the subject of an answer sentence: 原告主张的借款利率 / 原告第3项诉讼请求所主张的利率."""
    return f"原告{name}" if name.startswith("第") else f"原告主张的{name}"


def _distinct(case: Case, context: Context) -> list[tuple[str, str, Rate, Decimal]]:
    on = _contract_date(case) or case.complaint.filed_on or case.service.served_on
    seen: set[Decimal] = set()
    out = []
    for field, name, rate in _rates(case):
        annual = annual_of(rate, on, context.lpr)
        if annual is None or annual.normalize() in seen:
            continue
        seen.add(annual.normalize())
        out.append((field, name, rate, annual))
    return out


def check_rates(context: Context) -> Iterator[Finding]:
    case = context.case
    rates = _distinct(case, context)
    if not rates:
        return
    kind = lender_kind(case)
    lender = original_lender(case) or "出借人"
    on = _contract_date(case) or case.complaint.filed_on or case.service.served_on
    if kind is None:
        yield LENDER_UNKNOWN.finding(
            f"无法从名称判断“{lender}”是持牌金融机构、地方金融组织还是民间出借人，未核对利率上限；请在 "
            "loan.lender_kind 中填写 licensed、local_financial 或 private。",
            f"cannot tell from the name {lender!r} whether the lender is licensed, a local financial firm or "
            "private; set loan.lender_kind to check the interest cap.",
        )
        return
    if kind is LenderKind.PRIVATE:
        yield from _private(context, rates, lender)
        return
    cap = LICENSED_CAP
    code = LICENSED_RATE if kind is LenderKind.LICENSED else LOCAL_RATE
    who = "持牌金融机构" if kind is LenderKind.LICENSED else "地方金融组织（参照适用，各地法院做法不一）"
    for field, name, rate, annual in rates:
        if annual <= cap:
            continue
        shown = rate_text(rate, on, context.lpr)
        yield code.finding(
            f"{name}为{shown}，超过年利率24%。{lender}属{who}，利息、复利、罚息、"
            "违约金和其他费用合计超过年利率24%的部分，借款人可以请求调减。",
            f"{field}: {rate.raw} is {annual} % a year, above 24 %; the borrower may ask the court to reduce "
            "interest, penalty interest, compound interest, damages and fees above 24 % a year.",
            field=field,
            point=(
                f"{_subject(name)}为{shown}，已超过年利率24%。原告主张的利息、复利、罚息、"
                "违约金及其他费用合计超过年利率24%的部分，请求人民法院依法不予支持。"
                if kind is LenderKind.LICENSED else
                f"{_subject(name)}为{shown}，已超过年利率24%，明显过高，请求人民法院依法予以调减。"
            ),
        )


def _private(context: Context, rates: list[tuple[str, str, Rate, Decimal]], lender: str) -> Iterator[Finding]:
    case = context.case
    filed = case.complaint.filed_on or case.service.served_on
    cap = private_cap(_contract_date(case), filed, context.lpr)
    on = _contract_date(case) or filed
    if cap is None:
        yield PRIVATE_UNKNOWN.finding(
            "出借人为民间出借人，但合同成立日期不详（或早于2019年8月20日且起诉日期不详），"
            "无法计算一年期LPR的4倍上限；请填写 loan.signed_on。",
            "private lender, but the contract date (or, for contracts before 2020-08-20, the filing date) "
            "is unknown: 4x LPR cannot be computed; fill in loan.signed_on.",
        )
        return
    for field, name, rate, annual in rates:
        above = rate.lpr_multiple > PRIVATE_MULTIPLE if rate.lpr_multiple is not None else annual > cap.annual
        if not above:
            continue
        shown = rate_text(rate, on, context.lpr)
        yield PRIVATE_RATE.finding(
            f"{name}为{shown}，超过{cap.text}。超过部分不受保护。",
            f"{field}: {rate.raw} ({annual} % a year) is above the private-lending cap of {cap.annual} % (4x "
            "the one-year LPR; LPR table unverified).",
            field=field, basis=f"{PRIVATE_RATE.basis}；{cap.basis}",
            point=(
                f"{_subject(name)}为{shown}，超过合同成立时一年期贷款市场报价利率四倍（年利率"
                f"{cap.annual.normalize():f}%），超过部分依法不应支持。"
            ),
        )


def claim_kinds(claim: Claim) -> set[ClaimKind]:
    """What a claim asks for: the kinds fields.claims read plus keywords of its text."""
    kinds: set[ClaimKind] = set()
    if claim.info is not None:
        kinds.update(claim.info.kinds)
        kinds.update(kind for kind, _ in claim.info.parts)
    for kind, words in _KEYWORDS.items():
        if any(word in claim.text for word in words):
            kinds.add(kind)
    return kinds


def _claims_with(case: Case, kind: ClaimKind) -> tuple[int, ...]:
    return tuple(i for i, claim in enumerate(case.claims) if kind in claim_kinds(claim))


def check_penalty_and_damages(context: Context) -> Iterator[Finding]:
    case = context.case
    penalty = _claims_with(case, ClaimKind.PENALTY_INTEREST)
    damages = _claims_with(case, ClaimKind.DAMAGES)
    if not penalty or not damages:
        return
    yield PENALTY_AND_DAMAGES.finding(
        f"原告在第{_numbers(penalty)}项主张罚息，又在第{_numbers(damages)}项主张违约金（滞纳金），"
        "系针对同一逾期还款行为的重复计收。",
        f"penalty interest (claim {', '.join(str(i + 1) for i in penalty)}) and liquidated damages (claim "
        f"{', '.join(str(i + 1) for i in damages)}) are both claimed for the same default.",
        point=(
            "原告同时主张罚息和违约金，二者均针对答辩人逾期还款这一同一违约行为，属于重复计收，"
            "请求人民法院对重复部分不予支持；即使支持，违约金过分高于造成的损失的，"
            "亦请求依据《民法典》第五百八十五条第二款予以调减。"
        ),
    )


def check_attorney_fees(context: Context) -> Iterator[Finding]:
    claims = _claims_with(context.case, ClaimKind.COLLECTION_COSTS)
    if not claims:
        return
    yield ATTORNEY_FEES.finding(
        f"原告在第{_numbers(claims)}项主张律师费等实现债权的费用：应以合同有明确约定且实际发生、"
        "已经支付为前提，由原告举证（《民诉法解释》第90条）。",
        f"claim {', '.join(str(i + 1) for i in claims)} asks for attorney fees or other enforcement costs: "
        "the plaintiff must prove a contract clause and actual payment.",
        field=f"claims[{claims[0]}]",
        point=(
            "原告主张的律师费等实现债权费用，应以合同明确约定、费用实际发生并已支付为前提。"
            "原告未提供合同依据及实际支付的证据的，请求人民法院不予支持；即使有约定，其金额亦应合理。"
        ),
    )


def check_acceleration(context: Context) -> Iterator[Finding]:
    case = context.case
    declared = case.loan.accelerated_on if case.loan is not None else None
    claims = tuple(i for i, c in enumerate(case.claims) if any(w in c.text for w in _ACCELERATION_WORDS))
    if declared is None and not claims:
        return
    where = (
        f"原告主张借款已于{date_zh(declared)}提前到期" if declared
        else f"第{_numbers(claims)}项诉讼请求主张借款提前到期"
    )
    yield ACCELERATION.finding(
        f"{where}：提前到期须以合同约定的条件已经成就并已依约通知借款人为前提，由原告举证；"
        "未到期部分不应计收罚息、复利。",
        "the plaintiff demands acceleration (unmatured principal): it must prove that the contract's "
        "condition was met and that notice was given.",
        field="loan.accelerated_on" if declared else f"claims[{claims[0]}]",
        point=(
            "原告主张借款全部提前到期，应举证证明合同约定的提前到期条件已经成就，且已依约通知答辩人；否则，"
            "对于尚未到期的借款本金，原告无权要求答辩人提前偿还，亦不得对未到期部分计收罚息、复利。"
        ),
    )


RULES = (
    check_total, check_parts, check_rates, check_penalty_and_damages, check_attorney_fees, check_acceleration,
)
