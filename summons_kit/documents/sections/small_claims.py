"""The 对适用小额诉讼程序的异议 (objection to the small-claims procedure, 民诉法 169): raised before the hearing;
a small-claims judgment is final (一审终审), so the defendant would lose the appeal."""

from __future__ import annotations

from typing import Any

from summons_kit.case import elements
from summons_kit.case.model import Procedure
from summons_kit.documents import values as v
from summons_kit.documents.sections import Build
from summons_kit.documents.sections import common as c

KEY = "small_claims_objection"


def build(b: Build) -> dict[str, Any]:
    case, log = b.case, b.log
    decided = (
        "决定适用小额诉讼程序审理。"
        if case.court.procedure is Procedure.SMALL_CLAIMS
        else log.mark((KEY,), "court.procedure", "本案适用的程序（案件文件未载明小额诉讼程序）", "本案适用的程序")
        + "。"
    )
    form = elements.element_form(case.court.cause) or elements.LOAN
    labels = elements.ANSWER_ITEMS[form]
    disputed = [labels[key] for key, row in case.defence.items.items() if row.disputed is True and key in labels]
    # what the defendant disputes, from the answer's own rows: never a dispute the answer does not make
    dispute = (
        f"申请人对原告主张的{'、'.join(disputed)}存在争议，"
        if disputed
        else "【待确认：申请人对原告主张的哪些事项（本金、利息、罚息、复利及其他费用的数额和计算依据）存在争议】"
    )
    reasons = [
        f"贵院受理{c.suit(case, log, KEY)}后，{decided}"
        "小额诉讼案件实行一审终审（《中华人民共和国民事诉讼法》第一百六十五条），"
        "适用该程序将使申请人丧失上诉的权利，申请人的程序利益将受到重大影响。",
        "小额诉讼程序适用于事实清楚、权利义务关系明确、争议不大的简单金钱给付案件。"
        f"{dispute}本案事实并非清楚、争议并非不大，不符合适用小额诉讼程序的条件。",
    ]
    if any(p.abroad for p in case.defendants):
        reasons.append(
            "申请人在中华人民共和国领域内没有住所，本案属于涉外案件，依法不适用小额诉讼程序（第一百六十六条）。"
        )
    if case.assignment is not None:
        reasons.append("原告系受让债权，债权转让的效力及通知情况尚需审查，案情并不简单。")
    hearing = case.service.hearing
    note = c.note(
        f"本异议应在开庭前（{v.moment(hearing)}前）提出（《民诉法解释》第二百八十一条 (unverified)）。"
        if hearing
        else "本异议应在开庭前提出（《民诉法解释》第二百八十一条 (unverified)）。",
        "异议成立的，案件转为简易程序的其他规定或者普通程序审理（《民事诉讼法》第一百六十九条）。",
    )
    return {
        "title": "对适用小额诉讼程序的异议",
        "party_block": c.filer_blocks(case, "申请人（被告）", log, KEY),
        "counterparty_block": c.other_blocks(case, "被申请人（原告）", log, KEY),
        "request": f"请求对{c.suit(case, log, KEY)}不适用小额诉讼程序，依法转为简易程序的其他规定或者普通程序审理。",
        "reasons": reasons,
        "basis": c.basis_text(KEY),
        "closing": "综上，根据《中华人民共和国民事诉讼法》第一百六十九条的规定，申请人对本案适用小额诉讼程序提出异议，"
        "请贵院依法审查。",
        "addressee": c.court_name(case, log, KEY),
        "note": note,
        "signature": c.signatures(case, "申请人"),
    }
