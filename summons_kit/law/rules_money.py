"""Money: the complaint's arithmetic, interest caps, stacked penalties, attorney fees, acceleration."""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Iterator
from decimal import Decimal

import attrs

from summons_kit.case.model import Case, Claim, LenderKind
from summons_kit.errors import ParseError
from summons_kit.fields.claims import ClaimInfo, ClaimKind, Rate, parse_claim
from summons_kit.fields.dates import format_date
from summons_kit.law import basis
from summons_kit.law.finding import Context, Finding, declare
from summons_kit.law.limits import (
    DAY_COUNT_PBOC,
    LICENSED_CAP,
    OLD_PRIVATE_PROTECTED,
    PRIVATE_MULTIPLE,
    Cap,
    annual_of,
    lender_kind,
    old_private_rule,
    percent,
    private_cap,
    rate_text,
)

#: subsets are tried up to this many stated amounts (2**n sums); beyond it only prefixes and the whole
MAX_SUBSET_CLAIMS = 16
_FEE_WORDS = ("手续费", "服务费", "管理费", "年费")
_ACCELERATION_WORDS = ("提前到期", "提前收回", "全部到期", "剩余全部借款", "全部剩余")

TOTAL_MISMATCH = declare(
    "claims.total_mismatch",
    "warning",
    "complaint.total",
    basis.COMPLAINT_ARITHMETIC,
    "起诉状合计金额与各项请求不符",
    "complaint.total equals neither the sum of all claimed amounts nor the sum of any prefix or subset of them",
)
PARTS_MISMATCH = declare(
    "claims.parts_mismatch",
    "warning",
    "claims",
    basis.COMPLAINT_ARITHMETIC,
    "单项请求的分项之和与合计不符",
    "a claim names several amounts and a 合计 that is not their sum",
)
LICENSED_RATE = declare(
    "rate.above_licensed_cap",
    "warning",
    "loan.rate",
    basis.FINANCIAL_24,
    "利率超过年利率24%（持牌金融机构）",
    "licensed lender and a contract, penalty or claimed rate above 24 % a year (daily rates annualised, day "
    "count stated)",
)
PRIVATE_RATE = declare(
    "rate.above_private_cap",
    "warning",
    "loan.rate",
    basis.PRIVATE_LENDING_25,
    "利率超过一年期LPR的4倍（民间借贷）",
    "private lender and a rate above 4x the one-year LPR at the contract date (LPR table unverified)",
)
PRIVATE_UNKNOWN = declare(
    "rate.private_cap_unknown",
    "info",
    "loan.signed_on",
    basis.PRIVATE_LENDING_25,
    "无法计算民间借贷利率上限",
    "private lender with a stated rate, but no contract date (or no LPR for it) to compute 4x LPR",
)
LOCAL_RATE = declare(
    "rate.local_financial_above_24",
    "warning",
    "loan.rate",
    basis.LOCAL_FINANCIAL,
    "地方金融组织利率超过年利率24%",
    "small-loan company or other local financial firm and a rate above 24 % a year",
)
LENDER_UNKNOWN = declare(
    "rate.lender_unknown",
    "info",
    "loan.lender_kind",
    basis.FINANCIAL_24,
    "无法判断出借人类型",
    "rates are stated but the lender type (licensed / local financial / private) cannot be told from its name",
)
COMBINED_RATE = declare(
    "rate.combined_above_24",
    "warning",
    "loan.penalty_rate",
    basis.FINANCIAL_24,
    "利息、罚息、违约金等合计超过年利率24%",
    "licensed or local financial lender; two or more stated rates run together on the overdue principal "
    "(the contract rate plus a penalty rate lower than it, i.e. charged on top; a rate of liquidated "
    "damages) and add up to more than 24 % a year, none being above 24 % alone",
)
COMBINED_UNKNOWN = declare(
    "rate.combined_unknown",
    "info",
    "claims",
    basis.FINANCIAL_24,
    "请核算利息、罚息、复利、违约金等的合计年利率",
    "licensed or local financial lender; a stated rate runs on the overdue principal together with a charge "
    "whose rate is not stated (compound interest, liquidated damages, penalty interest), so the total "
    "cannot be computed; the stated rates are not above 24 % a year",
)
AMOUNT_TEXT = declare(
    "claims.amount_differs_from_text",
    "warning",
    "claims",
    basis.COMPLAINT_ARITHMETIC,
    "诉讼请求金额与其文字所载金额不符",
    "a claim's entered amount (claims[n].amount) differs from the amount its own text states (its 合计, "
    "else its single amount)",
)
PENALTY_AND_DAMAGES = declare(
    "claims.penalty_and_damages",
    "warning",
    "claims",
    basis.PENALTY_AND_DAMAGES,
    "罚息与违约金同时主张",
    "the claims ask for both penalty interest (罚息) and liquidated damages (违约金/滞纳金)",
)
ATTORNEY_FEES = declare(
    "claims.attorney_fees",
    "info",
    "claims",
    basis.ATTORNEY_FEES,
    "主张律师费等实现债权费用",
    "a claim asks for attorney fees or other costs of enforcing the debt (实现债权费用)",
)
ACCELERATION = declare(
    "claims.acceleration",
    "info",
    "loan.accelerated_on",
    basis.ACCELERATION,
    "主张借款提前到期",
    "loan.accelerated_on is set or a claim's text demands acceleration (提前到期); when the whole loan fell "
    "due (loan.last_due) before the suit was filed, no point is suggested and the message says what the "
    "acceleration can still affect (charges between the acceleration and the last due date)",
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
            f"第{index + 1}项诉讼请求列明{listed}，之和为{yuan(parts_sum)}，与其所称合计{yuan(info.amount)}不符。",
            f"claim {index + 1} lists amounts adding up to {parts_sum}, not the stated {info.amount}.",
            field=f"claims[{index}]",
            point=(
                f"原告第{index + 1}项诉讼请求所列各分项之和为{yuan(parts_sum)}，"
                f"与其主张的合计金额{yuan(info.amount)}不一致，请求人民法院依法核实。"
            ),
        )


def check_amount_text(context: Context) -> Iterator[Finding]:
    for index, claim in enumerate(context.case.claims):
        stated = claim.info.amount if claim.info is not None else None
        if claim.amount is None or stated is None or claim.amount == stated:
            continue
        yield AMOUNT_TEXT.finding(
            f"第{index + 1}项诉讼请求填写的金额为{yuan(claim.amount)}，但该项请求的文字所载金额为"
            f"{yuan(stated)}（相差{yuan(abs(claim.amount - stated))}）：“{claim.text}”。"
            "请对照起诉状副本核对：如系录入错误，请更正 amount；如起诉状本身前后不一致，"
            "可在答辩中请求原告明确诉讼请求。",
            f"claim {index + 1}: the entered amount {claim.amount} differs from the amount its text states "
            f"({stated}); check it against the complaint.",
            field=f"claims[{index}].amount",
        )


def _contract_date(case: Case) -> dt.date | None:
    if case.loan is None:
        return None
    return case.loan.signed_on or case.loan.disbursed_on


def _contract_rate(case: Case) -> Rate | None:
    """The contract rate a mark-up (借款利率上浮50%) is written on."""
    return case.loan.rate if case.loan is not None else None


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
        annual = annual_of(rate, on, context.lpr, _contract_rate(case))
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
    lender = case.original_lender or "出借人"
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
        shown = rate_text(rate, on, context.lpr, _contract_rate(case))
        yield code.finding(
            f"{name}为{shown}，超过年利率24%。{lender}属{who}，利息、复利、罚息、"
            "违约金和其他费用合计超过年利率24%的部分，借款人可以请求调减。",
            f"{field}: {rate.raw} is {annual} % a year, above 24 %; the borrower may ask the court to reduce "
            "interest, penalty interest, compound interest, damages and fees above 24 % a year.",
            field=field,
            point=(
                f"{_subject(name)}为{shown}，已超过年利率24%。原告主张的利息、复利、罚息、"
                "违约金及其他费用合计超过年利率24%的部分，请求人民法院依法不予支持。"
                if kind is LenderKind.LICENSED
                else f"{_subject(name)}为{shown}，已超过年利率24%，明显过高，请求人民法院依法予以调减。"
            ),
        )


def _private(context: Context, rates: list[tuple[str, str, Rate, Decimal]], lender: str) -> Iterator[Finding]:
    case = context.case
    filed = case.complaint.filed_on or case.service.served_on
    cap = private_cap(_contract_date(case), filed, context.lpr)
    on = _contract_date(case) or filed
    if cap is None:
        yield PRIVATE_UNKNOWN.finding(
            "出借人为民间出借人，但合同成立日期不详（或早于2020年8月20日且起诉日期不详），"
            "无法计算一年期LPR的4倍上限；请填写 loan.signed_on（以及 complaint.filed_on）。",
            "private lender, but the contract date (or, for contracts before 2020-08-20, the filing date) "
            "is unknown: 4x LPR cannot be computed; fill in loan.signed_on (and complaint.filed_on).",
        )
        return
    for field, name, rate, annual in rates:
        above = rate.lpr_multiple > PRIVATE_MULTIPLE if rate.lpr_multiple is not None else annual > cap.annual
        if not above:
            continue
        shown = rate_text(rate, on, context.lpr, _contract_rate(case))
        cap_text = f"{cap.moment}一年期贷款市场报价利率四倍（年利率{cap.annual.normalize():f}%）"
        if cap.applies_from is None:
            message = f"{name}为{shown}，超过民间借贷利率上限：{cap.text}。超过部分不受保护。"
            point = f"{_subject(name)}为{shown}，超过{cap_text}，超过部分依法不应支持。"
            article = basis.join(PRIVATE_RATE.cited, cap.cited)
            english = ""
        else:
            earlier = old_private_rule(annual)
            message = f"{name}为{shown}，超过民间借贷利率上限：{cap.text}；{earlier}。"
            point = (
                f"{_subject(name)}为{shown}。借款合同成立于2020年8月20日之前，自2020年8月20日起的利息应以"
                f"{cap_text}为限，超过部分依法不应支持"
            )
            point += (
                "；2020年8月19日以前的利息，超过年利率24%的部分亦不应支持。" if annual > OLD_PRIVATE_PROTECTED else "。"
            )
            article = basis.join(PRIVATE_RATE.cited, basis.PRIVATE_LENDING_31, basis.PRIVATE_LENDING_2015, cap.cited)
            english = (
                " The contract predates 2020-08-20: the cap (at the LPR on the filing date) governs interest "
                "from 2020-08-20; earlier interest follows the 2015 rule (24 % protected, above 36 % void)."
            )
        yield PRIVATE_RATE.finding(
            message,
            f"{field}: {rate.raw} ({annual.normalize():f} % a year) is above the private-lending cap of "
            f"{cap.annual.normalize():f} % (4x the one-year LPR {_moment_en(cap)}; LPR table unverified).{english}",
            field=field,
            basis=article,
            point=point,
        )


def _moment_en(cap: Cap) -> str:
    return "on the filing date" if cap.applies_from else "at the contract date"


@attrs.frozen
class Charge:
    """A charge on the overdue principal: its Chinese name, the field it comes from, and its annual rate
    (None when no rate is stated for it)."""

    name: str
    field: str
    rate: Rate | None = None
    annual: Decimal | None = None


def _claim_rate(case: Case, kind: ClaimKind, without: ClaimKind | None = None) -> tuple[int, Rate] | None:
    for index, claim in enumerate(case.claims):
        kinds = claim_kinds(claim)
        if claim.rate is not None and kind in kinds and (without is None or without not in kinds):
            return index, claim.rate
    return None


def overdue_charges(case: Case, on: dt.date | None, context: Context) -> tuple[list[Charge], str]:
    """The charges that run together on the overdue principal, and how the overdue rate was read (Chinese).

    The overdue rate: a penalty rate (a 罚息 claim's rate, else ``loan.penalty_rate``) lower than the contract
    rate (an interest claim's rate, else ``loan.rate``) is charged on top of it; a penalty rate at least as high
    replaces it (the usual 上浮 of the contract rate); without a penalty, the contract rate runs on. Liquidated
    damages (违约金/滞纳金) and compound interest (复利) claimed run on top, with their rate when stated.
    """

    def charge(name: str, field: str, rate: Rate | None) -> Charge:
        annual = annual_of(rate, on, context.lpr, _contract_rate(case)) if rate is not None else None
        return Charge(name, field, rate, annual)

    claimed = _claim_rate(case, ClaimKind.INTEREST, without=ClaimKind.PENALTY_INTEREST)
    penalty_claimed = _claim_rate(case, ClaimKind.PENALTY_INTEREST)
    loan = case.loan
    interest = (
        charge(f"第{claimed[0] + 1}项诉讼请求的利率", f"claims[{claimed[0]}]", claimed[1])
        if claimed
        else charge("借款利率", "loan.rate", loan.rate)
        if loan is not None and loan.rate is not None
        else None
    )
    if penalty_claimed:
        penalty: Charge | None = charge(
            f"第{penalty_claimed[0] + 1}项诉讼请求的罚息利率", f"claims[{penalty_claimed[0]}]", penalty_claimed[1]
        )
    elif loan is not None and loan.penalty_rate is not None:
        penalty = charge("逾期罚息利率", "loan.penalty_rate", loan.penalty_rate)
    else:
        claims = _claims_with(case, ClaimKind.PENALTY_INTEREST)
        penalty = Charge(f"第{_numbers(claims)}项主张的罚息", f"claims[{claims[0]}]") if claims else None
    charges: list[Charge] = []
    how = ""
    if penalty is not None and penalty.annual is not None and interest is not None and interest.annual is not None:
        if penalty.annual < interest.annual:
            charges += [interest, penalty]
            how = "罚息利率低于借款利率，按在借款利率之外加收罚息计算"
        else:
            charges.append(penalty)
            how = "罚息利率不低于借款利率，按逾期后以罚息利率代替借款利率计算"
    elif penalty is not None:
        charges.append(penalty)
    elif interest is not None:
        charges.append(interest)
        how = "未主张罚息，按借款利率在逾期后继续计收计算"
    for index in _claims_with(case, ClaimKind.DAMAGES):
        rate = case.claims[index].rate
        name = f"第{index + 1}项诉讼请求的违约金利率" if rate else f"第{index + 1}项主张的违约金"
        charges.append(charge(name, f"claims[{index}]", rate))
    compound = _claims_with(case, ClaimKind.COMPOUND_INTEREST)
    if compound:
        charges.append(Charge(f"第{_numbers(compound)}项主张的复利", f"claims[{compound[0]}]"))
    for index in _fees(case):  # other fees claimed with a rate count in the total too (法发〔2017〕22号 item 2)
        info = claim_info(case.claims[index])
        rate = info.rate if info is not None else None
        if rate is not None and not claim_kinds(case.claims[index]) & _COST_KINDS:
            charges.append(charge(f"第{index + 1}项诉讼请求的费用费率", f"claims[{index}]", rate))
    return charges, how


def _fees(case: Case) -> tuple[int, ...]:
    return tuple(
        i
        for i, claim in enumerate(case.claims)
        if ClaimKind.COLLECTION_COSTS in claim_kinds(claim) or any(word in claim.text for word in _FEE_WORDS)
    )


def _charge_text(charge: Charge) -> str:
    """``借款利率（日利率0.05%，按一年365天折合年利率18.25%）``."""
    rate, annual = charge.rate, charge.annual
    if rate is None or annual is None:
        return charge.name
    if rate.period == "day":
        shown = f"{rate.raw}，按一年{rate.day_count or DAY_COUNT_PBOC}天折合年利率{percent(annual)}%"
    elif rate.period == "year" and f"{percent(annual)}%" in rate.raw:
        shown = rate.raw
    else:
        shown = f"{rate.raw}，折合年利率{percent(annual)}%"
    return f"{charge.name}（{shown}）"


def _sum_text(rated: list[Charge]) -> tuple[Decimal, str]:
    total = sum((c.annual for c in rated if c.annual is not None), Decimal(0))
    return total, "、".join(_charge_text(c) for c in rated)


def check_combined_rates(context: Context) -> Iterator[Finding]:
    case = context.case
    kind = lender_kind(case)
    if kind not in (LenderKind.LICENSED, LenderKind.LOCAL_FINANCIAL):
        return
    on = _contract_date(case) or case.complaint.filed_on or case.service.served_on
    charges, how = overdue_charges(case, on, context)
    rated = [c for c in charges if c.annual is not None]
    unrated = [c for c in charges if c.annual is None]
    if len(charges) < 2 or not rated or any(c.annual is not None and c.annual > LICENSED_CAP for c in rated):
        return  # one charge, no stated rate, or a rate above 24 % on its own (rate.above_* says so)
    total, listed = _sum_text(rated)
    fees = _fees(case)
    fee_text = f"第{_numbers(fees)}项主张的手续费、律师费等费用亦属应计入合计的其他费用。" if fees else ""
    extra = "、".join(c.name for c in unrated)
    how_text = f"计算方法：{how}。" if how and len(rated) > 1 else ""
    who = "" if kind is LenderKind.LICENSED else "（地方金融组织参照适用，各地法院做法不一）"
    if len(rated) >= 2 and total > LICENSED_CAP:
        on_top = f"；另有{extra}在此之上另计，实际负担更高" if unrated else ""
        field = rated[-1].field  # the charge added on top
        yield COMBINED_RATE.finding(
            f"逾期后对同一笔逾期本金同时计收{listed}，合计折合年利率{percent(total)}%，"
            f"超过年利率24%{on_top}。{how_text}{fee_text}利息、复利、罚息、违约金和其他费用合计超过年利率24%的部分，"
            f"借款人可以请求调减{who}。",
            f"on the overdue principal these rates run together: "
            f"{', '.join(f'{c.field} {c.annual.normalize():f} %' for c in rated if c.annual is not None)}; "
            f"together {percent(total)} % a year, above 24 %"
            + (
                f" before {len(unrated)} more charge(s) without a stated rate (compound interest adds on top)"
                if unrated
                else ""
            )
            + ". The 24 % cap applies to the total of interest, compound and penalty interest, damages and fees.",
            field=field,
            point=(
                f"原告在答辩人逾期后，对同一笔逾期本金同时计收{listed}，合计折合年利率已达{percent(total)}%"
                f"{'，尚未计入' + extra if unrated else ''}，超过年利率24%。利息、复利、罚息、违约金和其他"
                "费用应合并计算，合计超过年利率24%的部分，请求人民法院依法不予支持。"
            ),
        )
        return
    if not unrated:
        return
    known = f"{listed}合计折合年利率{percent(total)}%" if len(rated) > 1 else listed
    yield COMBINED_UNKNOWN.finding(
        f"逾期后对同一笔逾期本金同时计收多项费用：{known}；另有{extra}，未载明利率，无法计算合计年利率。"
        f"{how_text}{fee_text}请根据起诉状所列各项金额核算：合计金额 ÷ 计息本金 ÷ 计息天数 × 365，与年利率24%比较；"
        f"利息、复利、罚息、违约金和其他费用合计超过年利率24%的部分，借款人可以请求调减{who}。",
        f"several charges run on the overdue principal ({', '.join(c.field for c in charges)}), but "
        f"no rate is stated for {', '.join(c.field for c in unrated)}: the combined annual rate cannot be "
        "computed. Compute it from "
        "the claimed amounts (total / principal / days x 365) and compare it with 24 %.",
        field=unrated[0].field,
    )


def claim_info(claim: Claim) -> ClaimInfo | None:
    """What the claim's text says (fields.claims, the kit's one claim classifier): the loader's reading, else
    the text read now (a claim built in code); None when the text cannot be read."""
    if claim.info is not None:
        return claim.info
    try:
        return parse_claim(claim.text) if claim.text else None
    except ParseError:
        return None


def claim_kinds(claim: Claim) -> set[ClaimKind]:
    """What a claim asks for: every kind fields.claims reads in its text and in its itemised amounts."""
    info = claim_info(claim)
    if info is None:
        return set()
    return {*info.kinds, *(kind for kind, _ in info.parts)}


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


ADVANCE_INTEREST = declare(
    "claims.interest_deducted_in_advance",
    "warning",
    "loan.amount_received",
    basis.AMOUNT_RECEIVED,
    "预先扣除利息：本金应按实际出借金额认定",
    "loan.amount_received is less than loan.principal (interest or fees deducted from the principal in advance)",
)
EFFECTIVE_COST = declare(
    "rate.effective_cost_above_24",
    "warning",
    "claims",
    basis.FINANCIAL_24,
    "按请求金额折算的综合年化成本超过24%",
    "licensed or local financial lender; the interest, penalty and compound interest, damages and fees the claims "
    "state as amounts, divided by the claimed principal and the days from loan.overdue_since (else "
    "loan.disbursed_on) to the date interest is claimed to (else complaint.filed_on), x 365, exceed 24 %",
)

#: the kinds that are a cost of the loan (法发〔2017〕22号 item 2: interest, compound and penalty interest, damages
#: and other fees together)
_COST_KINDS = frozenset(
    {ClaimKind.INTEREST, ClaimKind.PENALTY_INTEREST, ClaimKind.COMPOUND_INTEREST, ClaimKind.DAMAGES}
)


def claimed_principal(case: Case) -> Decimal | None:
    """The principal the claims ask for: the 本金 parts the claims name, else the amounts of claims whose only
    kind is 本金; None when no claim states one."""
    parts = []
    for claim in case.claims:
        info = claim_info(claim)
        if info is None:
            continue
        named = [amount for kind, amount in info.parts if kind is ClaimKind.PRINCIPAL]
        if named and len(info.parts) > 1:
            parts += named
        elif info.kinds == (ClaimKind.PRINCIPAL,) and claim.amount is not None:
            parts.append(claim.amount)
    return sum(parts, Decimal(0)) if parts else None


def claimed_costs(case: Case) -> tuple[Decimal, dt.date | None] | None:
    """The loan's cost the claims state as amounts (interest, penalty and compound interest, damages, fees) and
    the latest date they are claimed to; None when a claim mixes principal and costs in one amount."""
    total = Decimal(0)
    until: dt.date | None = None
    for claim in case.claims:
        info = claim_info(claim)
        if info is None:
            continue
        kinds = set(info.kinds)
        fee = kinds == {ClaimKind.OTHER} and any(word in claim.text for word in _FEE_WORDS)
        if not (kinds & _COST_KINDS or fee):
            continue
        if info.parts:
            total += sum((a for k, a in info.parts if k in _COST_KINDS or fee), Decimal(0))
        elif ClaimKind.PRINCIPAL in kinds:
            if claim.amount is not None:
                return None  # 本金及利息合计: the cost cannot be told apart
        elif claim.amount is not None:
            total += claim.amount
        if claim.amount is not None or info.parts:
            until = max(filter(None, (until, info.interest_to)), default=None)
    return total, until


def check_effective_cost(context: Context) -> Iterator[Finding]:
    case = context.case
    if lender_kind(case) not in (LenderKind.LICENSED, LenderKind.LOCAL_FINANCIAL) or case.loan is None:
        return
    principal = claimed_principal(case)
    costs = claimed_costs(case)
    start = case.loan.overdue_since or case.loan.disbursed_on
    if principal is None or not principal or costs is None or not costs[0] or start is None:
        return
    amount, until = costs
    end = until or case.complaint.filed_on
    if end is None or end <= start:
        return
    days = (end - start).days
    annual = (amount / principal / days * 365 * 100).quantize(Decimal("0.01"))
    if annual <= LICENSED_CAP:
        return
    since = "逾期之日" if case.loan.overdue_since else "放款之日"
    yield EFFECTIVE_COST.finding(
        f"诉讼请求所列利息、罚息、复利、违约金及费用共{yuan(amount)}，以主张的本金{yuan(principal)}为基数，"
        f"自{since}{format_date(start)}至{format_date(end)}共{days}日，按一年365天折算综合年化成本约为"
        f"{percent(annual)}%，超过年利率24%。此为按请求金额的概算（其中可能含逾期前的期内利息，实际计息本金"
        "和期间以原告的计算明细为准），请律师核算；利息、复利、罚息、违约金和其他费用合计超过年利率24%的部分，"
        "借款人可以请求调减。",
        f"the costs the claims state ({amount}) over the claimed principal ({principal}) and {days} days from "
        f"{start} to {end} are about {percent(annual)} % a year (365 days), above 24 %: an estimate from the "
        "claimed amounts; check it against the plaintiff's calculation.",
    )


IRR = declare(
    "rate.irr_above_24",
    "warning",
    "loan.instalment_amount",
    basis.FINANCIAL_24,
    "按还款计划计算的内部收益率（年化）超过24%",
    "licensed or local financial lender; loan.instalment_amount paid monthly for loan.term_months against "
    "loan.amount_received (else loan.principal) gives an internal rate of return above 24 % a year (monthly "
    "rate x 12)",
)


def monthly_irr(received: Decimal, payment: Decimal, months: int) -> Decimal | None:
    """The monthly rate r at which ``months`` payments of ``payment`` are worth ``received`` today
    (sum payment / (1 + r)**k = received), by bisection; None when the payments do not exceed what was received."""
    if received <= 0 or payment <= 0 or months < 1 or payment * months <= received:
        return None

    def worth(rate: Decimal) -> Decimal:
        return sum((payment / (1 + rate) ** k for k in range(1, months + 1)), Decimal(0))

    low, high = Decimal(0), Decimal(1)
    for _ in range(80):
        mid = (low + high) / 2
        if worth(mid) > received:
            low = mid
        else:
            high = mid
    return (low + high) / 2


def check_irr(context: Context) -> Iterator[Finding]:
    case = context.case
    loan = case.loan
    if loan is None or lender_kind(case) not in (LenderKind.LICENSED, LenderKind.LOCAL_FINANCIAL):
        return
    received = loan.amount_received if loan.amount_received is not None else loan.principal
    if received is None or loan.instalment_amount is None or loan.term_months is None:
        return
    rate = monthly_irr(received, loan.instalment_amount, loan.term_months)
    if rate is None:
        return
    annual = (rate * 12 * 100).quantize(Decimal("0.01"))
    if annual <= LICENSED_CAP:
        return
    what = "实际收到" if loan.amount_received is not None else "借款本金"
    yield IRR.finding(
        f"按还款计划，{what}{yuan(received)}，每月还款{yuan(loan.instalment_amount)}，共{loan.term_months}期，"
        f"按内部收益率法（IRR）计算的年化利率约为{percent(annual)}%（月利率×12），超过年利率24%：利息、复利、罚息、"
        "违约金和其他费用合计超过年利率24%的部分，借款人可以请求调减。",
        f"{loan.term_months} monthly payments of {loan.instalment_amount} against {received} received give an "
        f"internal rate of return of about {percent(annual)} % a year (monthly rate x 12), above 24 %.",
    )


def check_advance_interest(context: Context) -> Iterator[Finding]:
    loan = context.case.loan
    if loan is None or loan.amount_received is None or loan.principal is None:
        return
    if loan.amount_received >= loan.principal:
        return
    deducted = loan.principal - loan.amount_received
    yield ADVANCE_INTEREST.finding(
        f"借款合同载明本金{yuan(loan.principal)}，答辩人实际收到{yuan(loan.amount_received)}，"
        f"差额{yuan(deducted)}系预先扣除。借款的利息不得预先在本金中扣除；预先扣除的，应当按照实际借款数额"
        "返还借款并计算利息（《民法典》第670条）：本金、利息和利率上限均应以实际收到的金额计算。",
        f"the contract says {loan.principal} but the borrower received {loan.amount_received}: interest deducted "
        "in advance; principal and interest count at the amount actually received (CC 670).",
        point=(
            f"答辩人实际收到的借款仅为{yuan(loan.amount_received)}，原告预先扣除了{yuan(deducted)}。依据"
            "《民法典》第六百七十条，借款的利息不得预先在本金中扣除，预先扣除的，应当按照实际借款数额返还借款"
            f"并计算利息。原告主张的本金及利息应以{yuan(loan.amount_received)}为本金重新计算。"
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
        f"原告主张借款已于{format_date(declared)}提前到期"
        if declared
        else f"第{_numbers(claims)}项诉讼请求主张借款提前到期"
    )
    last_due = case.loan.last_due if case.loan is not None else None
    filed = case.complaint.filed_on or case.service.served_on
    if last_due is not None and filed is not None and last_due < filed:
        since = f"自{format_date(declared)}至{format_date(last_due)}期间" if declared else "最后一期到期前"
        yield ACCELERATION.finding(
            f"{where}，但借款最后一期已于{format_date(last_due)}到期，早于起诉：起诉时全部借款本已到期，"
            f"提前到期与否不再影响本金的偿还。提前到期仅影响{since}原本未到期的各期本金能否计收罚息、复利："
            "如原告对该部分按逾期计收，应举证提前到期的条件已经成就并已通知答辩人。",
            "the plaintiff relies on acceleration, but the whole loan had fallen due (last instalment "
            f"{last_due}) before the suit: acceleration only affects penalty and compound interest charged on "
            "instalments not yet due before that date.",
            field="loan.accelerated_on" if declared else f"claims[{claims[0]}]",
        )
        return
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
    check_total,
    check_parts,
    check_amount_text,
    check_rates,
    check_combined_rates,
    check_penalty_and_damages,
    check_attorney_fees,
    check_acceleration,
    check_advance_interest,
    check_effective_cost,
    check_irr,
)
