"""The reference of every template variable: their paths, what they mean, and the generated docs/variables.md.

The page is generated from the context of the complete example case, so it cannot drift from the code::

    python -m summons_kit.documents.variables            # rewrite docs/variables.md
    python -m summons_kit.documents.variables --check    # exit 1 when the committed page differs

A test fails when a context variable has no description here, or a description names no variable.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

LIST = "[]"
#: mappings whose keys are data (the element rows by key), shown as <key> in the reference
KEYED = (("answer", "items"), ("answer", "facts"))

#: shared shapes: a path under the first prefix is described like the same path under the second
_SAME_AS = (
    ("plaintiff.", "<party>."),
    ("defendant.", "<party>."),
    ("evidence_list.groups[].items[].", "evidence[]."),
    ("answer.facts.<key>.", "answer.items.<key>."),
    ("answer.item_rows[].", "answer.items.<key>."),
    ("answer.fact_rows[].", "answer.items.<key>."),
)

_PARTY = {
    "name": "姓名或名称 / name",
    "kind": "自然人 | 法人、非法人组织",
    "is_person": "True for a natural person (use in {% if %})",
    "line": "当事人 line under the party's role in the suit (原告:… / 被告:…), written by model.Party.line",
    "block": "the party's lines: its 当事人 line and, for an organization, the 法定代表人 line",
    "gender": "性别 (男/女; from the id number when not entered)",
    "male_box": "☑ when 男, else ☐ (element form 性别 男☐女☐)",
    "female_box": "☑ when 女, else ☐",
    "birth": "出生日期, 1992年6月18日 (from the id number when not entered)",
    "ethnicity": "民族",
    "occupation": "工作单位、职务 / 职业",
    "address": "住所 (persons: 户籍所在地; organizations: 住所地)",
    "residence": "经常居住地 (where it differs from the address)",
    "id_number": "公民身份号码 (persons)",
    "credit_code": "统一社会信用代码 (organizations)",
    "phone": "联系电话",
    "representative": "法定代表人 / 负责人 (organizations)",
    "representative_title": "法定代表人的职务",
    "representative_line": "法定代表人:陈某某,董事长。 (organizations; empty for persons)",
    "org_type": "类型 (organizations), e.g. 股份有限公司",
    "abroad": "True when the party has no domicile in mainland China",
}

_ROW = {
    "key": "the row's key in the case file ([defence.items.KEY] / [defence.facts.KEY])",
    "no": "the row's number in its form (1, 2, …)",
    "label": "the row's label in the form, e.g. 本金",
    "in_form": "True when the row belongs to the form of this case's cause",
    "entered": "True when the defendant entered the row (a position or a text)",
    "disputed": "True 有异议, False 无异议, None not said (left out, or a text without a position)",
    "agree_box": "☑ when 无异议 was entered, else ☐ (also ☐ when no position was said: never 无异议 by default; "
    "empty for text-only rows)",
    "dispute_box": "☑ when 有异议 was entered, else ☐ (empty for text-only rows)",
    "yes_box": "for 有/无 rows (有无其他免责/减责事由): ☑ when 有, else ☐",
    "no_box": "for 有/无 rows: ☑ when 无, else ☐",
    "text": "the 事实和理由 printed: as entered (标的总额: after the claimed total in figures and capitals), "
    "+ 【待确认：有无异议】 when entered without a position; else what the case knows + 【待确认：有无异议】 "
    "(a row the case knows nothing about: the marker alone); "
    "无 for a guarantee row of a case without guarantee or a claim row the complaint does not make",
    "known": "what the case knows for the row (claims, loan facts), whether or not a position was entered",
}

_EVIDENCE = {
    "no": "序号 (1, 2, …; the number the answer cites)",
    "name": "证据名称",
    "source": "证据来源",
    "purpose": "证明目的 / 证明对象",
    "pages": "页数 of the item",
    "pages_range": "页码 in the bundle: item 1 of 3 pages -> 1-3, item 2 of 2 pages -> 4-5",
    "form": "原件 | 复印件",
    "copies": "份数 (evidence[].copies, default one per plaintiff: 证据规定 19)",
    "group": "what the item proves (its group heading)",
}


def _application(key: str, what: str) -> dict[str, str]:
    """The keys every 申请书 of the companion documents has (summons_kit.documents.sections.common)."""
    return {
        key: what,
        f"{key}.title": "the title printed",
        f"{key}.party_block": "申请人（被告）：… line(s) of the defendant (an organization: its 法定代表人/负责人)",
        f"{key}.counterparty_block": "被申请人（原告）：… line(s) of the plaintiff",
        f"{key}.request": "请求事项",
        f"{key}.reasons": "事实和理由, a paragraph each",
        f"{key}.basis": "the articles the document relies on",
        f"{key}.closing": "the closing paragraph",
        f"{key}.addressee": "此致 …: the court",
        f"{key}.note": "【提示（提交前删除）：…】 for the lawyer: when to file, what follows (deleted before filing)",
        f"{key}.signature": "申请人（签名）, or 申请人（盖章） and 法定代表人/负责人（签名） for an organization",
    }


DESCRIPTIONS: dict[str, str] = {
    "court": "受诉法院与案件",
    "court.name": "受诉法院, e.g. 深圳前海合作区人民法院",
    "court.case_number": "案号, （2025）粤0391民初18888号",
    "court.cause": "案由, e.g. 金融借款合同纠纷",
    "court.procedure": "审理程序: 普通程序 | 简易程序 | 小额诉讼程序",
    "service": "送达 and the dates the court set",
    "service.served_on": "收到起诉状副本之日",
    "service.method": "送达方式, e.g. 邮寄送达",
    "service.evidence_deadline": "举证期限届满日",
    "service.hearing": "开庭时间, 2025年10月15日上午9时30分",
    "service.hearing_place": "开庭地点",
    "service.notice_date": "the date on the court's notices",
    "plaintiff": "原告 (same fields as defendant)",
    "defendant": "被告 (答辩人 / 申请人 / 提交人 in the drafts)",
    **{f"<party>.{k}": text for k, text in _PARTY.items()},
    "agent": "委托诉讼代理人 of the defendant, or None",
    "agent.name": "姓名",
    "agent.firm": "工作单位, e.g. 某某律师事务所",
    "agent.title": "律师 | 基层法律服务工作者 | 近亲属 …",
    "agent.phone": "联系电话",
    "agent.line": "委托诉讼代理人:赵某某,某某律师事务所律师,联系电话…。",
    "claims": "诉讼请求, in the complaint's order",
    "claims[].no": "1, 2, …",
    "claims[].text": "the claim as the complaint words it",
    "claims[].amount": "its amount, 15,600.00 (empty when it states none)",
    "claims[].amount_words": "its amount in capital numerals, 人民币壹万伍仟陆佰元整",
    "claims[].kind": "本金 | 利息 | 罚息 | 复利 | 违约金/滞纳金 | 实现债权费用 | 诉讼费用 | 其他",
    "complaint": "facts from the complaint beyond its claims",
    "complaint.total": "the total the complaint states (以上第1、2项合计)",
    "complaint.total_words": "the same in capital numerals",
    "complaint.claimed_total": "the sum of the claims' amounts",
    "complaint.claimed_total_words": "the same in capital numerals",
    "complaint.filed_on": "起诉日期",
    "evidence": "the defendant's evidence, in the case file's order",
    **{f"evidence[].{k}": text for k, text in _EVIDENCE.items()},
    "evidence_list": "the 证据目录",
    "evidence_list.submitter": "提交人 (the defendant's name)",
    "evidence_list.submitter_role": "the submitter's role in the suit (被告)",
    "evidence_list.count": "number of items",
    "evidence_list.total_pages": "pages of all items (empty when an item's pages are unknown)",
    "evidence_list.groups": "consecutive items with the same group; a group with a name gets a heading row",
    "evidence_list.groups[].name": "the group (what its items prove); empty for ungrouped items",
    "evidence_list.groups[].heading": "一、还款情况 (empty when the group has no name)",
    "evidence_list.groups[].items": "the group's items (same fields as evidence[])",
    "evidence_list.has_groups": "True when any item has a group",
    "loan": "the contract (loan or credit card), or None",
    "loan.contract_name": "合同名称, 《微粒贷借款合同》",
    "loan.contract_number": "合同编号",
    "loan.signed_on": "签订时间",
    "loan.signed_place": "签订地点",
    "loan.lender": "贷款人 / 发卡行 (the original lender; the plaintiff when not entered)",
    "loan.principal": "借款金额",
    "loan.principal_words": "借款金额 in capital numerals",
    "loan.disbursed_on": "发放时间",
    "loan.term_months": "借款期限 (months)",
    "loan.rate": "借款利率 with its annual equivalent, 日利率0.05%(折合年利率18.25%,按一年365天计)",
    "loan.penalty_rate": "逾期利率 (罚息), described the same way",
    "loan.repayment_method": "还款方式",
    "loan.first_due": "首期还款日",
    "loan.last_due": "最后一期还款日",
    "loan.accelerated_on": "宣布提前到期之日",
    "loan.overdue_since": "逾期起始日",
    "loan.repaid": "已还款金额 (principal and interest)",
    "loan.repaid_principal": "已还本金",
    "loan.last_payment_on": "最后一次还款日",
    "loan.venue_clause": "管辖条款 as the contract words it",
    "loan.guarantee": "担保 (empty: none)",
    "loan.card_tail": "信用卡卡号尾号",
    "loan.last_collection_on": "最近一次催收日",
    "assignment": "债权转让, or None",
    "assignment.assignor": "原债权人",
    "assignment.assigned_on": "转让日期",
    "assignment.notified": "是否通知债务人: 是 | 否 | 不详",
    "assignment.notice_method": "通知方式, e.g. 报纸公告",
    "assignment.notified_on": "通知日期",
    "answer": "the 民事答辩状, built from [defence]",
    "answer.style": "narrative | element",
    "answer.form": "the element form of the cause: 金融借款合同纠纷 | 信用卡纠纷 (other causes: the first)",
    "answer.title": "民事答辩状",
    "answer.form_title": "民事答辩状（信用卡纠纷） for the element style, else 民事答辩状",
    "answer.party_block": "答辩人：… line(s) of the defendant, of every defendant with defence.joint (missing items "
    "marked 【待填：……】)",
    "answer.has_agent": "True when there is an agent",
    "answer.agent_yes_box": "委托诉讼代理人 有: ☑ when there is an agent",
    "answer.agent_no_box": "委托诉讼代理人 无: ☑ when there is none",
    "answer.points": "答辩意见: the entered points; in a narrative answer then the element rows entered under "
    "[defence.items] (对原告各项诉讼请求的意见) and [defence.facts] (对原告所述事实的意见), a paragraph per row; then "
    "those the findings suggest (when defence.suggest), except a suggestion whose topic an entered point argues "
    "(docs/documents.md)",
    "answer.points[].no": "1, 2, …",
    "answer.points[].no_zh": "一, 二, … (for 一、…)",
    "answer.points[].title": "the point's heading (may be empty); a suggested point gets its topic's heading",
    "answer.points[].text": "the point as entered (or as the finding suggests it)",
    "answer.points[].body": "the point as printed: text with its evidence_refs before the full stop, ending in 。",
    "answer.points[].basis": "its legal basis",
    "answer.points[].evidence": "the evidence numbers it cites",
    "answer.points[].evidence_refs": "（见证据1、2） (empty when it cites none; unknown numbers marked)",
    "answer.points[].suggested": "True for a point suggested by a finding",
    "answer.points[].code": "the suggesting finding's code (empty for entered points)",
    "answer.items": "答辩事项和依据 rows by key: answer.items.principal … (every key of both forms)",
    **{f"answer.items.<key>.{k}": text for k, text in _ROW.items()},
    "answer.facts": "事实和理由 rows by key: answer.facts.contract … (every key of both forms)",
    "answer.item_rows": "the 答辩事项 rows of the case's form, in order (for a loop)",
    "answer.fact_rows": "the 事实和理由 rows of the case's form, in order (for a loop)",
    "answer.delivery": "送达地址确认",
    "answer.delivery.address": "送达地址 (default: the defendant's address)",
    "answer.delivery.recipient": "收件人 (default: the defendant)",
    "answer.delivery.phone": "电话 (default: the defendant's; 【待填：联系电话】 when neither is given)",
    "answer.delivery.email": "电子送达地址 (e-mail); 【待填：电子邮箱】 when electronic service is accepted "
    "without one (listed in missing)",
    "answer.delivery.electronic_yes_box": "是否接受电子送达 是: ☑ when yes",
    "answer.delivery.electronic_no_box": "是否接受电子送达 否: ☑ when no; ☐【待确认：是否接受电子送达】 when "
    "defence.electronic_service is not set (listed in unconfirmed)",
    "answer.copies": "附:本答辩状副本 N 份 (documents.copies, default one per plaintiff: the opposing parties)",
    "answer.plaintiff_names": "every plaintiff's name, 、-separated (for …诉…一案 with several parties)",
    "answer.defendant_names": "every defendant's name, 、-separated",
    "answer.joint": "True when the defendants answer jointly (defence.joint): party_block has every defendant",
    "answer.evidence_count": "number of evidence items",
    "answer.evidence_note": "the sentence referring to the 证据目录",
    "answer.cited_missing": "evidence numbers cited in the points that the list lacks (should be empty)",
    "instalment": "the 分期还款申请书, or None when the case proposes no instalments",
    "instalment.addressee": "plaintiff | court",
    "instalment.to_court": "True when addressed to the court (a mediation proposal)",
    "instalment.addressee_name": "此致 …: the plaintiff's name or the court's",
    "instalment.party_block": "申请人（被告）：… line(s) of the defendant",
    "instalment.counterparty_block": "被申请人（原告）：… (原告：… to the court): the plaintiff's line(s)",
    "instalment.total": "分期总额 (default: the sum of the claims)",
    "instalment.total_words": "the same in capital numerals",
    "instalment.months": "期数 (monthly instalments, without the down payment)",
    "instalment.first_due": "首次还款日 as entered",
    "instalment.day": "the day of the month instalments fall due (每月N日)",
    "instalment.has_down_payment": "True when there is a down payment",
    "instalment.down_payment": "首付金额",
    "instalment.down_payment_words": "the same in capital numerals",
    "instalment.down_payment_due": "首付日 (moved to a working day)",
    "instalment.instalments_from": "the agreed date of the first monthly instalment (before a move to a working day)",
    "instalment.regular_amount": "每期金额 (every instalment but the last)",
    "instalment.last_amount": "最后一期金额 (takes the rounding)",
    "instalment.last_due": "最后一期还款日",
    "instalment.rows": "the schedule (its amounts sum exactly to the total)",
    "instalment.rows[].period": "0 for the down payment, 1..n",
    "instalment.rows[].label": "首付 | 第1期 …",
    "instalment.rows[].due": "还款日期 (same day each month, moved to the next working day)",
    "instalment.rows[].amount": "还款金额",
    "instalment.rows[].balance": "剩余未还金额 after this payment",
    "instalment.rows[].moved": "True when the agreed day was a holiday or weekend",
    "instalment.reasons": "困难原因 (multi-line text becomes paragraphs)",
    "instalment.monthly_income": "月收入",
    "instalment.monthly_expenses": "月必要支出",
    "instalment.monthly_surplus": "月收入 - 月必要支出 (empty unless both are given)",
    "instalment.surplus_covers": "True when the monthly surplus covers a regular instalment (the request says so)",
    "instalment.repaid": "已还款金额",
    "instalment.waive_penalty": "True: ask to waive 罚息/复利/违约金 and stop interest accruing",
    "instalment.attachments": "附件 (text of each)",
    "instalment.problems": "why no schedule could be built (empty when it was)",
    **_application("objection", "the 管辖权异议申请书 (民诉法 130)"),
    "objection.deadline": "the answer period's last day, by which the objection must be filed (empty when unknown)",
    "objection.finding_basis": "the basis of the jurisdiction.far_court finding that suggested it (empty when none)",
    **_application("small_claims_objection", "the 对适用小额诉讼程序的异议 (民诉法 169)"),
    **_application("evidence_extension", "the 延期举证申请书 (民诉法解释 100), or None without [evidence_extension]"),
    "evidence_extension.until": "the day the period is asked to run to",
    "cross_examination": "the 质证意见 on the plaintiff's evidence ([[plaintiff_evidence]])",
    "cross_examination.title": "质证意见",
    "cross_examination.examiner": "质证人: the defendant's name",
    "cross_examination.examiner_line": "质证人（被告）：…",
    "cross_examination.intro": "the opening sentence naming the case",
    "cross_examination.items": "one block per item of the plaintiff's evidence, in its numbering",
    "cross_examination.items[].no": "1, 2, …",
    "cross_examination.items[].no_zh": "一, 二, …",
    "cross_examination.items[].name": "证据名称 as the plaintiff lists it",
    "cross_examination.items[].kind": "the kind (model.EvidenceKind): 电子合同 | 电子签名 | 放款凭证 | 还款明细 | …",
    "cross_examination.items[].purpose": "the plaintiff's 证明目的",
    "cross_examination.items[].pages": "页数 (empty when not given)",
    "cross_examination.items[].heading": "证据1：name（N页）",
    "cross_examination.items[].opinions": "真实性, 合法性, 关联性, 证明目的: each a position starting 【待确认】",
    "cross_examination.items[].opinions[].key": "authenticity | legality | relevance | purpose",
    "cross_examination.items[].opinions[].label": "真实性 | 合法性 | 关联性 | 证明目的",
    "cross_examination.items[].opinions[].text": "【待确认】 + the typical point on that kind of evidence",
    "cross_examination.items[].opinions[].line": "label：text",
    "cross_examination.count": "number of items of the plaintiff's evidence",
    "cross_examination.closing": "the closing paragraph (reserves further opinions at the hearing)",
    "cross_examination.basis": "the articles (民诉法 71; 证据规定; 电子签名法 13-14)",
    "cross_examination.note": "note to the lawyer (deleted before filing)",
    "cross_examination.addressee": "此致 …: the court",
    "cross_examination.signature": "质证人（签名） or （盖章） + 法定代表人/负责人（签名）",
    "power_of_attorney": "the 授权委托书, or None without [agent]",
    "power_of_attorney.title": "授权委托书",
    "power_of_attorney.party_block": "委托人：… line(s) of the defendant",
    "power_of_attorney.agent_line": "受委托人：name, firm and title, id number (non-lawyers), phone",
    "power_of_attorney.matter": "the case the agent acts in",
    "power_of_attorney.special": "True for a special authorisation (agent.authority = special)",
    "power_of_attorney.authority": "一般授权 | 特别授权",
    "power_of_attorney.general_powers": "the powers of a general authorisation",
    "power_of_attorney.powers": "the special powers listed (agent.powers; 【待填】 when special and none listed)",
    "power_of_attorney.authority_text": "代理权限 as printed",
    "power_of_attorney.note": "note to the lawyer on 民诉法 62 and 民诉法解释 89 (deleted before filing)",
    "power_of_attorney.addressee": "此致 …: the court",
    "power_of_attorney.signature": "委托人（签名） or （盖章） + 法定代表人/负责人（签名）",
    "representative_certificate": "the 法定代表人身份证明书 (负责人身份证明书 for a branch), or None for a person "
    "defendant; keys: title, head, unit, unit_lines, text, case_line, attachment, addressee, signature",
    "negotiation": "the 协商还款申请书 to the lender (no 案号 needed)",
    "negotiation.title": "协商还款申请书",
    "negotiation.party_block": "申请人：… line(s) of the borrower",
    "negotiation.account": "卡号尾号 / 合同编号",
    "negotiation.creditor": "the lender (the plaintiff, else loan.lender)",
    "negotiation.counterparty_block": "被申请人：the lender",
    "negotiation.is_card": "True for a credit-card debt (个性化分期, 商业银行信用卡业务监督管理办法 70)",
    "negotiation.in_suit": "True when the case has a 案号 (the letter names it)",
    "negotiation.requests": "申请事项, numbered: the plan, waiver of 罚息/复利/违约金, 个性化分期 for cards",
    "negotiation.reasons": "事实和理由: hardship, repayments, budget, then the reservation",
    "negotiation.reservation": "an offer to settle admits nothing (after 民诉法解释 107)",
    "negotiation.basis": "the rules relied on",
    "negotiation.closing": "the closing paragraph",
    "negotiation.addressee": "此致 …: the lender",
    "negotiation.attachments": "附件 (instalment.attachments)",
    "negotiation.note": "the limitation warning (deleted before sending)",
    "negotiation.signature": "申请人（签名） or （盖章） + 法定代表人/负责人（签名）",
    "negotiation.phone": "the applicant's phone",
    "dates": "dates of the drafts",
    "dates.today": "the day of drafting",
    "dates.signed": "the date on the drafts (documents.date, default today), 2025年9月11日",
    "dates.signed_upper": "the same as 二〇二五年九月十一日 (under a signature)",
    "deadlines": "the report's deadlines",
    "deadlines[].key": "answer | jurisdiction | evidence | hearing | appeal | public_notice",
    "deadlines[].label": "答辩期限 …",
    "deadlines[].date": "the date (empty when the rule gives none)",
    "deadlines[].explanation": "how it was computed",
    "deadlines[].basis": "the articles",
    "findings": "the report's findings",
    "findings[].code": "stable code, e.g. rate.above_licensed_cap",
    "findings[].severity": "error | warning | info",
    "findings[].field": "the case field concerned",
    "findings[].message": "Chinese message",
    "findings[].basis": "the articles",
    "findings[].point": "the answer point it suggests (may be empty)",
    "unconfirmed": "what the answer prints with 【待确认：……】: 是否接受电子送达 when not set, then the rows with "
    "no position (element style: every row left out or entered without one; narrative style: the rows entered "
    "with text and no position)",
    "unconfirmed[].section": "delivery | items | facts",
    "unconfirmed[].key": "electronic_service, or the row's key",
    "unconfirmed[].label": "the row's label (是否接受电子送达 for the delivery entry)",
    "unconfirmed[].field": "the case field to set: defence.electronic_service, defence.items.<key>, "
    "defence.facts.<key>",
    "missing": "what the drafts need and the case leaves empty (shown as 【待填：……】); strict refuses",
    "missing[].document": "a registry key: answer | evidence | instalment | objection | …",
    "missing[].title": "民事答辩状 | 证据目录 | 分期还款申请书",
    "missing[].field": "the case field, e.g. defendant.address",
    "missing[].label": "what to fill in, e.g. 答辩人住所",
}


def dotted(path: tuple[str, ...]) -> str:
    """A path as templates write it: ``("claims", "[]", "amount")`` -> ``claims[].amount``."""
    text = ""
    for segment in path:
        text += segment if segment == LIST else (f".{segment}" if text else segment)
    return text


def walk(context: Mapping[str, Any], *, collapse: bool = True) -> Iterator[tuple[str, Any]]:
    """(path, value) of every node of ``context``; lists by their first element, keyed rows as <key>."""

    def visit(node: Any, path: tuple[str, ...]) -> Iterator[tuple[str, Any]]:
        if path and path[-1] not in (LIST, "<key>"):
            yield dotted(path), node
        if isinstance(node, Mapping):
            if collapse and path in KEYED and node:
                yield from visit(next(iter(node.values())), (*path, "<key>"))
                return
            for key, value in node.items():
                yield from visit(value, (*path, str(key)))
        elif isinstance(node, list | tuple) and node and isinstance(node[0], Mapping | list | tuple):
            yield from visit(node[0], (*path, LIST))

    yield from visit(context, ())


def all_paths(context: Mapping[str, Any]) -> list[str]:
    """Every path of ``context`` with the real keys of keyed rows (the names a template can write)."""
    return [path for path, _ in walk(context, collapse=False)]


def describe(path: str) -> str | None:
    """The description of ``path`` (shared shapes resolved), or None."""
    if path in DESCRIPTIONS:
        return DESCRIPTIONS[path]
    for prefix, same in _SAME_AS:
        if path.startswith(prefix):
            return describe(same + path[len(prefix) :])
    return None


def reference_paths(context: Mapping[str, Any]) -> list[str]:
    """The documented paths: those of the context plus the described fields of lists that are empty in it."""
    paths = [path for path, _ in walk(context)]
    for path in list(paths):
        extra = [d for d in DESCRIPTIONS if d.startswith(f"{path}[].") and d not in paths]
        at = paths.index(path) + 1
        paths[at:at] = extra
    return paths


def _kind(value: Any) -> str:
    if value is None:
        return "None"
    if isinstance(value, bool):
        return "bool"
    if isinstance(value, int):
        return "int"
    if isinstance(value, Mapping):
        return "section"
    if isinstance(value, list | tuple):
        return "list"
    return "text"


def _example(value: Any) -> str:
    if isinstance(value, Mapping):
        return ""
    if isinstance(value, list | tuple):
        if value and not isinstance(value[0], Mapping | list | tuple):
            return _example(value[0]) + (" …" if len(value) > 1 else "")
        return f"{len(value)} item(s)"
    text = str(value).replace("\n", " ⏎ ").replace("|", "\\|")
    return text if len(text) <= 60 else text[:59] + "…"


_HEADER = """# Template variables

<!-- Generated by `python -m summons_kit.documents.variables`; do not edit by hand. -->

Every variable a template sees, from `summons_kit.template_context(case, report, today)`.
Examples are the values of the complete example case (`summons_kit/documents/example.py`,
drafted on {today}). How to write a template: [templates.md](templates.md).

Conventions:

- Sections mirror the case file (`court`, `plaintiff`, `defendant`, `claims`, `evidence`,
  `loan`, …); `answer` is built from `[defence]`; `evidence_list`, `dates`, `deadlines`,
  `findings`, `missing`, `unconfirmed` are derived.
- `x[]` is each element of the list `x`: loop over it
  (`{{%p for item in evidence %}}` … `{{{{ item.name }}}}`).
- `answer.items.<key>` / `answer.facts.<key>`: one row per key of the element forms
  (`answer.items.principal.agree_box`); the keys are those of `[defence.items]` / `[defence.facts]`.
- Money prints as `15,600.00` (write `人民币{{{{ claims[0].amount }}}}元`), its capital numerals
  under the same name + `_words`; dates as `2025年9月11日`, under a signature + `_upper`
  (`二〇二五年九月十一日`); check boxes as ☑/☐ under names ending in `_box`.
- An optional section the case leaves out (`agent`, `loan`, `assignment`, `instalment`) is None:
  test it with `{{% if agent %}}`. A value a document needs and the case leaves empty prints
  【待填：……】 and is listed in `missing`; any other absent value is an empty string.

| variable | type | example | meaning |
|---|---|---|---|"""


def variables_markdown() -> str:
    """docs/variables.md: every context variable, its type, an example value and its meaning."""
    from summons_kit.documents.example import EXAMPLE_TODAY, example_context

    context = example_context()
    values = dict(walk(context))
    lines = _HEADER.format(today=EXAMPLE_TODAY).splitlines()
    for path in reference_paths(context):
        value = values.get(path)
        kind = _kind(value) if path in values else "list item"
        if path in ("agent", "loan", "assignment", "instalment"):
            kind += " or None"
        example = _example(value) if path in values else ""
        meaning = (describe(path) or "").replace("|", "\\|")
        lines.append(f"| `{path}` | {kind} | {example} | {meaning} |")
    return "\n".join(lines) + "\n"


PAGE = Path(__file__).resolve().parents[2] / "docs" / "variables.md"


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    text = variables_markdown()
    if "--check" in args:
        same = PAGE.is_file() and PAGE.read_text(encoding="utf-8") == text
        if not same:
            print(f"{PAGE} 与代码不一致,请重新生成 / is out of date: python -m summons_kit.documents.variables")
        return 0 if same else 1
    PAGE.write_text(text, encoding="utf-8")
    print(f"written {PAGE}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
