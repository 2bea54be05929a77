"""The 管辖权异议申请书 (jurisdiction objection, 民诉法 130): filed within the answer period, before any answer on
the merits; it cites the venue finding (``jurisdiction.far_court``) that suggested it."""

from __future__ import annotations

from typing import Any

from summons_kit.case.registry import FAR_COURT, FAR_COURT_WEAK
from summons_kit.documents.sections import Build
from summons_kit.documents.sections import common as c

KEY = "objection"
#: the articles the objection relies on (民诉法 2023; 民诉法解释 2022; unverified where the reference says so)
RULINGS = "（2022）最高法民辖124号、（2023）最高法民辖36号、（2022）最高法民辖27号"


def build(b: Build) -> dict[str, Any]:
    case, log = b.case, b.log
    defendant = case.defendant
    court = c.court_name(case, log, KEY)
    target = case.defence.venue_court or log.mark(
        (KEY,), "defence.venue_court", "移送法院（如答辩人住所地人民法院）", "有管辖权的人民法院"
    )
    address = defendant.address or log.mark((KEY,), "defendant.address", "申请人住所")
    found = next(
        (f for code in (FAR_COURT, *sorted(FAR_COURT_WEAK)) if (f := c.finding(b.report, code)) is not None), None
    )
    unrelated = found is not None and found.code == FAR_COURT  # a 签订地 or unrelated place: 民诉法 35 is argued
    # the court is outside the defendant's domicile only where the venue check found so; otherwise it is asked
    where = f"不在{court}辖区。" if found is not None else f"【待确认：该住所地是否在{court}辖区】。"
    # 民诉法解释 18 makes the receiving party's seat the place of performance of a money debt: in a repayment suit
    # that is the lender's, so it is not argued here; the lawyer checks where performance was agreed
    reasons = [
        f"申请人（被告）的住所地为{address}，{where}根据《中华人民共和国民事诉讼法》第二十二条、"
        "第二十四条，因合同纠纷提起的诉讼，由被告住所地或者合同履行地人民法院管辖。"
        "【待确认：合同约定的履行地点是否在受诉法院辖区（未约定时依《民诉法解释》第十八条，给付货币的以接收货币一方"
        "所在地为履行地）】",
    ]
    clause = case.loan.venue_clause if case.loan else ""
    standard = case.loan.standard_form if case.loan else None
    consumer = defendant.is_person  # 民诉法解释 31 protects consumers: a company defendant cannot rely on it
    connection = (
        "；且协议管辖应当选择与争议有实际联系的地点（《民事诉讼法》第三十五条）" if unrelated else ""
    )  # a clause naming the plaintiff's seat has that connection (民诉法 35 allows it): only 第31条 is argued
    if clause and consumer:
        form = (
            "该条款系原告预先拟定、重复使用的格式条款，"
            if standard is True
            else "【待确认：该条款是否为原告预先拟定、重复使用的格式条款】"
        )
        reasons.append(
            f"原告所依据的合同管辖条款为：“{clause}”。{form}"
            "【待确认：签约时原告是否以合理方式提示、说明该管辖条款】经营者未采取合理方式提请消费者注意的，"
            f"该管辖协议无效（《民诉法解释》第三十一条）{connection}。"
        )
    elif clause:
        reasons.append(
            f"原告所依据的合同管辖条款为：“{clause}”。【待确认：该管辖条款的效力及所选地点与争议的实际联系】"
            + (
                "协议管辖应当选择与争议有实际联系的地点，违反级别管辖和专属管辖规定的无效（《民事诉讼法》第三十五条）。"
                if unrelated
                else "协议管辖违反级别管辖和专属管辖规定的无效（《民事诉讼法》第三十五条）。"
            )
        )
    elif consumer:
        reasons.append(
            "原告未举证证明双方存在有效的协议管辖约定；即便合同中存在管辖条款，协议管辖应当选择与争议有实际联系的地点"
            "（《民事诉讼法》第三十五条），未以合理方式提示消费者注意的格式管辖条款无效（《民诉法解释》第三十一条）。"
        )
    else:
        reasons.append(
            "原告未举证证明双方存在有效的协议管辖约定；即便合同中存在管辖条款，协议管辖应当选择与争议有实际联系的地点"
            "（《民事诉讼法》第三十五条）。"
        )
    if case.assignment is not None:
        reasons.append("原告系受让债权，受让人受原合同管辖协议约束的前提是该协议本身有效（《民诉法解释》第三十三条）。")
    if unrelated:
        reasons.append(f"最高人民法院在{RULINGS}等裁定中，对与争议无实际联系的网络借款合同“签订地”等管辖约定不予支持。")
    reasons.append(f"本案应由{target}管辖。")
    answer_by = c.deadline_text(c.deadline(b.report, "jurisdiction"))
    note = c.note(
        f"本申请须在答辩期内提出，即{answer_by}前（《民事诉讼法》第一百三十条）；"
        if answer_by
        else "本申请须在答辩期内提出（《民事诉讼法》第一百三十条）；",
        "提出异议前不要仅就实体问题应诉答辩，否则视为受诉法院有管辖权。法院以裁定处理，"
        "对裁定不服可在裁定书送达之日起十日内上诉（《民事诉讼法》第一百五十七条、第一百七十一条）。",
        f"本申请依据案件检查提示 {found.code}（{found.basis}）。" if found is not None else "",
    )
    return {
        "title": "管辖权异议申请书",
        "party_block": c.filer_blocks(case, "申请人（被告）", log, KEY),
        "counterparty_block": c.other_blocks(case, "被申请人（原告）", log, KEY),
        "request": f"请求将{c.suit(case, log, KEY)}移送{target}审理。",
        "reasons": reasons,
        "basis": c.basis_text(KEY),
        "closing": "综上，请贵院依法审查，裁定将本案移送有管辖权的人民法院审理。",
        "addressee": court,
        "deadline": answer_by,
        "note": note,
        "finding_basis": found.basis if found is not None else "",
        "signature": c.signatures(case, "申请人"),
    }
