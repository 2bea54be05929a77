"""The 延期举证申请书 (request to extend the evidence period): in writing, before the period ends (民诉法解释 100;
证据规定 54)."""

from __future__ import annotations

from typing import Any

from summons_kit.documents import values as v
from summons_kit.documents.sections import Build
from summons_kit.documents.sections import common as c

KEY = "evidence_extension"


def build(b: Build) -> dict[str, Any] | None:
    case, log = b.case, b.log
    plan = case.evidence_extension
    if plan is None:
        return None
    ends = case.service.evidence_deadline
    reasons = [
        f"{c.suit(case, log, KEY)}，贵院" + (f"确定的举证期限至{v.date(ends)}届满。" if ends else "已确定举证期限。"),
        plan.reasons or log.mark((KEY,), "evidence_extension.reasons", "延期举证的理由"),
    ]
    if plan.items:
        reasons.append("申请人正在收集的证据包括：" + "；".join(plan.items) + "。")
    reasons.append("上述证据与本案待证事实密切相关，申请人确因客观原因无法在举证期限内提交，并非故意或者重大过失逾期。")
    late = ends is not None and plan.until <= ends
    note = c.note(
        f"延期申请须在举证期限届满（{v.date(ends)}）前书面提出（《民诉法解释》第一百条）。"
        if ends
        else "延期申请须在举证期限届满前书面提出（《民诉法解释》第一百条）。",
        f"所请延长的日期（{v.date(plan.until)}）不晚于原举证期限，请核对。" if late else "",
        f"举证期限已于{v.date(ends)}届满：逾期申请可能不被准许，逾期提交证据须说明理由（《民诉法解释》第一百零二条）。"
        if ends is not None and b.today > ends
        else "",
    )
    return {
        "title": "延期举证申请书",
        "party_block": c.filer_blocks(case, "申请人（被告）", log, KEY),
        "counterparty_block": c.other_blocks(case, "原告", log, KEY),
        "request": f"请求将本案举证期限延长至{v.date(plan.until)}。",
        "reasons": reasons,
        "basis": c.basis_text(KEY),
        "closing": "根据《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第一百条、"
        "《最高人民法院关于民事诉讼证据的若干规定》第五十四条的规定，特申请延长举证期限，请予准许。",
        "addressee": c.court_name(case, log, KEY),
        "until": v.date(plan.until),
        "note": note,
        "signature": c.signatures(case, "申请人"),
    }
