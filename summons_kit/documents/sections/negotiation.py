"""The 协商还款申请书 (repayment negotiation): to the lender, before or outside a suit (no 案号): the hardship, the
plan, for credit cards the 个性化分期 of 商业银行信用卡业务监督管理办法 70, a reservation that a concession made to
settle admits nothing (after 民诉法解释 107) and the limitation warning (诉讼时效司法解释 14, 19)."""

from __future__ import annotations

from typing import Any

from summons_kit.documents import values as v
from summons_kit.documents.sections import Build
from summons_kit.documents.sections import common as c
from summons_kit.errors import CaseError
from summons_kit.law.instalment import NEGOTIATION_RESERVATION as RESERVATION
from summons_kit.law.schedule import month_end_note

KEY = "negotiation"
CARD_RULE = "《商业银行信用卡业务监督管理办法》第七十条"  # (unverified verbatim)


def _is_card(b: Build) -> bool:
    loan = b.case.loan
    return "信用卡" in b.case.court.cause or bool(loan and loan.card_tail)


def build(b: Build) -> dict[str, Any]:
    case, log = b.case, b.log
    plan, loan = case.instalment, case.loan
    creditor = case.plaintiff.name or (loan.lender if loan else "") or log.mark((KEY,), "plaintiff.name", "债权人名称")
    card = _is_card(b)
    account = []
    if loan and loan.card_tail:
        account.append(f"信用卡卡号尾号{loan.card_tail}")
    if loan and loan.contract_number:
        account.append(f"合同编号{loan.contract_number}")
    requests: list[str] = []
    if plan is None:
        requests.append(log.mark((KEY,), "instalment", "还款方案（[instalment]）", "还款方案"))
    else:
        from summons_kit.law.instalment import case_schedule, instalment_total

        total = instalment_total(case)
        try:
            schedule = case_schedule(case, b.calendar)
        except CaseError:
            schedule = None
        shown = v.money(total) if total else log.mark((KEY,), "instalment.total", "还款总额")
        down = f"首付人民币{v.money(plan.down_payment)}元，余款" if plan.down_payment > 0 else "上述款项"
        each = (
            f"每期人民币{v.money(schedule.regular_amount)}元，最后一期人民币{v.money(schedule.last_amount)}元，"
            f"于{v.date(schedule.last_due)}前全部还清"
            if schedule
            else log.mark((KEY,), "instalment.total", "每期金额")
        )
        start = schedule.instalments[0].nominal_due if schedule else plan.first_due
        day = schedule.day_of_month if schedule else plan.first_due.day
        requests.append(
            f"请求贵方同意申请人分期偿还欠款共计人民币{shown}元：{down}分{plan.months}期偿还，"
            f"自{v.date(start)}起每月{day}日前还款{month_end_note(day)}，{each}。"
        )
        if plan.waive_penalty:
            requests.append("请求贵方减免罚息、复利、违约金及各项费用，并自本申请提出之日起停止计收利息。")
    if card and case.assignment is None:  # the rule binds the issuing bank, not a buyer of the debt
        requests.append(
            f"申请人确因经济困难无力按原约定偿还，且有还款意愿，请求贵方依据{CARD_RULE}与申请人协商个性化分期还款"
            "（期限最长可达五年）。"
        )
    elif card:
        requests.append("申请人确因经济困难无力按原约定偿还，且有还款意愿，请求贵方与申请人协商分期还款。")
    reasons = []
    if plan is not None:
        reasons.append(plan.reasons or log.mark((KEY,), "instalment.reasons", "困难原因"))
    if plan is not None and plan.repaid:
        reasons.append(f"申请人此前已累计还款人民币{v.money(plan.repaid)}元，具有还款诚意。")
    if plan is not None and plan.monthly_income is not None:
        expenses = (
            f"，每月必要生活支出约人民币{v.money(plan.monthly_expenses)}元" if plan.monthly_expenses is not None else ""
        )
        reasons.append(f"申请人目前每月收入约人民币{v.money(plan.monthly_income)}元{expenses}，无力一次性清偿。")
    reasons.append(RESERVATION)
    expired = c.finding(b.report, "limitation.possibly_expired")
    warning = (
        "提出还款方案即表示同意履行债务：诉讼时效因此中断并重新计算；诉讼时效期间届满后同意履行的，"
        "不得再以诉讼时效期间届满为由抗辩（《诉讼时效司法解释》第十四条、第十九条；《民法典》第一百九十二条、"
        "第一百九十五条）。提交前请先核对诉讼时效。"
    )
    if expired is not None:
        warning += (
            "案件检查提示本案诉讼时效可能已经届满（limitation.possibly_expired）：提交本申请将放弃时效抗辩，务必慎重。"
        )
    spouses = [p.name for p in case.filers if p.spouse and p.name]
    if spouses:  # signing a repayment offer may ratify the debt as joint
        warning += (
            f"{'、'.join(spouses)}系作为配偶被列为被告：在本申请上签名可能被认定为对夫妻共同债务的事后追认"
            "（《民法典》第一千零六十四条），如其不承认共同债务，请勿列为申请人（defence.joint = false）。"
        )
    defendant = case.defendant
    return {
        "title": "协商还款申请书",
        "party_block": c.filer_blocks(case, "申请人", log, KEY),
        "account": "，".join(account),
        "creditor": creditor,
        "counterparty_block": [f"被申请人：{creditor}"],
        "is_card": card,
        "in_suit": bool(case.court.case_number),  # asked for during a suit: the letter names the case
        "requests": [f"{v.numeral(i)}、{text}" for i, text in enumerate(requests, 1)],
        "reasons": reasons,
        "reservation": RESERVATION,
        "basis": c.basis_text(KEY),
        "closing": "申请人愿意按上述方案如期足额还款，恳请贵方予以同意，并书面回复申请人。",
        "addressee": creditor,
        "attachments": list(plan.attachments) if plan else [],
        "note": c.note(warning),
        "signature": c.signatures(case, "申请人"),
        "phone": defendant.phone or log.mark((KEY,), "defendant.phone", "申请人联系电话"),
    }
