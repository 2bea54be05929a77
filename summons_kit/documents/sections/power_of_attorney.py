"""The 授权委托书 (power of attorney, 民诉法 62): the matters and the powers. A special authorisation lists each
power; a bare 全权代理 without them is a general authorisation only (民诉法解释 89)."""

from __future__ import annotations

from typing import Any

from summons_kit.documents.sections import Build
from summons_kit.documents.sections import common as c

KEY = "power_of_attorney"
GENERAL = "代为应诉，提交、收集证据，参加庭审、调查、质证和辩论，申请回避，代为签收法律文书"
#: the powers 民诉法 62 ¶2 reserves to a special authorisation
SPECIAL = ("代为承认、放弃、变更诉讼请求", "进行和解", "提起反诉", "提起上诉")


def build(b: Build) -> dict[str, Any] | None:
    case, log = b.case, b.log
    agent = case.agent
    if agent is None:
        return None
    special = agent.authority == "special"
    powers = list(agent.powers)
    if special and not powers:
        powers = [
            log.mark(
                (KEY,), "agent.powers", "特别授权事项（如代为承认、放弃、变更诉讼请求，进行和解，提起反诉或者上诉）"
            )
        ]
    work = f"{agent.firm}{agent.title}" if agent.firm else agent.title
    lawyer = "律师" in agent.title
    agent_line = "，".join(
        x
        for x in (
            agent.name or log.mark((KEY,), "agent.name", "受委托人姓名"),
            work,
            ""
            if lawyer
            else (
                f"身份证号码{agent.id_number}"
                if agent.id_number
                else log.mark((KEY,), "agent.id_number", "受委托人身份证号码")
            ),
            f"联系电话{agent.phone}" if agent.phone else log.mark((KEY,), "agent.phone", "受委托人联系电话"),
        )
        if x
    )
    court = c.court_name(case, log, KEY)
    return {
        "title": "授权委托书",
        "party_block": c.filer_blocks(case, "委托人", log, KEY),
        "agent_line": f"受委托人：{agent_line}。",
        "matter": f"现委托上列受委托人在{court}审理的{c.suit(case, log, KEY)}中，作为委托人的委托诉讼代理人。",
        "special": special,
        "authority": "特别授权" if special else "一般授权",
        "general_powers": GENERAL,
        "powers": powers,
        "authority_text": (
            f"特别授权：{GENERAL}；" + "；".join(powers) + "。" if special else f"一般授权：{GENERAL}。"
        ),
        "note": c.note(
            "代为承认、放弃、变更诉讼请求，进行和解，提起反诉或者上诉，必须有委托人的特别授权（《民事诉讼法》第六十二条）；"
            "授权委托书仅写“全权代理”而无具体授权的，受委托人无权行使上述权利（《民诉法解释》第八十九条）。"
            + (
                ""
                if special
                else "本委托书为一般授权；如需受委托人代为和解或上诉，请在案件文件中设置"
                'agent.authority = "special" 并列明 powers。'
            )
        ),
        "addressee": court,
        "signature": c.signatures(case, "委托人"),
    }
