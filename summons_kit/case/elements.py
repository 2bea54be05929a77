"""The rows of the official element-style (要素式) answer forms, as data.

Source: 法〔2024〕46号, replaced by 法〔2025〕82号 (effective 2025-07-14); the row lists follow the
transcriptions in the kit's legal reference (the official .docx forms were not obtained). A defendant's position
on each row is entered under ``[defence.items.KEY]`` (答辩事项) and ``[defence.facts.KEY]`` (事实和理由) of the
case file.
"""

from __future__ import annotations

from types import MappingProxyType

#: Forms by cause of action. Causes that match none of them get the narrative answer by default.
LOAN = "金融借款合同纠纷"
CARD = "信用卡纠纷"

_ANSWER_ITEMS_LOAN = {
    "principal": "本金",
    "interest": "利息(期内利息、复利、罚息)",
    "acceleration": "提前还款或解除合同",
    "guarantee": "担保权利诉请",
    "costs": "实现债权的费用",
    "other": "其他请求",
    "total": "标的总额",
}
_ANSWER_ITEMS_CARD = {
    "principal": "透支本金",
    "interest": "利息、罚息、复利、滞纳金、违约金、手续费等",
    "guarantee": "担保权利诉请",
    "costs": "实现债权的费用",
    "other": "其他请求",
    "total": "标的总额",
    "basis": "答辩依据",
}
_GUARANTEE_FACTS = {
    "collateral": "对物的担保合同有无异议",
    "collateral_party": "对担保人、担保物有无异议",
    "max_mortgage": "对最高额抵押担保有无异议",
    "registration": "对抵押/质押登记情况有无异议",
    "guaranty": "对保证合同或保函有无异议",
    "guaranty_type": "对保证方式有无异议",
    "other_guarantee": "对其他担保方式有无异议",
}
_FACTS_LOAN = {
    "contract": "对合同签订情况(名称、编号、签订时间、地点)有无异议",
    "parties": "对合同主体有无异议",
    "amount": "对借款金额有无异议",
    "term": "对借款期限有无异议",
    "rate": "对借款利率有无异议",
    "disbursement": "对借款发放时间有无异议",
    "repayment_method": "对还款方式有无异议",
    "repayment": "对还款情况有无异议",
    "overdue": "对是否逾期还款有无异议",
    **_GUARANTEE_FACTS,
    "exemption": "有无其他免责/减责事由",
    "basis": "答辩的依据(合同约定及法律规定)",
    "other": "其他需要说明的内容",
}
_FACTS_CARD = {
    "card": "对信用卡办理情况有无异议",
    "terms": "对信用卡合约的主要约定有无异议",
    "notice": "对原告是否对格式条款履行提示说明义务有无异议",
    "repaid": "对已还款金额有无异议",
    "overdue_amount": "对逾期未还款金额有无异议",
    "collection": "对是否通知和催收有无异议",
    **_GUARANTEE_FACTS,
    "exemption": "有无其他免责/减责事由",
    "other": "其他需要说明的内容",
}

ANSWER_ITEMS = MappingProxyType(
    {LOAN: MappingProxyType(_ANSWER_ITEMS_LOAN), CARD: MappingProxyType(_ANSWER_ITEMS_CARD)}
)
FACT_ITEMS = MappingProxyType({LOAN: MappingProxyType(_FACTS_LOAN), CARD: MappingProxyType(_FACTS_CARD)})

#: Every key a case file may use under [defence.items] and [defence.facts].
ITEM_KEYS = frozenset(_ANSWER_ITEMS_LOAN) | frozenset(_ANSWER_ITEMS_CARD)
FACT_KEYS = frozenset(_FACTS_LOAN) | frozenset(_FACTS_CARD)


def element_form(cause: str) -> str | None:
    """The element form that fits ``cause`` (LOAN or CARD), or None when the cause has none here."""
    text = cause.strip()
    if CARD in text or "信用卡" in text:
        return CARD
    if "借款" in text and ("金融" in text or "小额" in text):
        return LOAN
    return None
