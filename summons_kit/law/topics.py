"""What each suggesting finding code argues: the answer-point topics, declared next to the codes' table.

A finding with a ``point`` suggests an answer point. Its code belongs to a :class:`Topic` (the rate cap,
limitation, the assignment, …) that gives the point its heading and the words showing that a point the lawyer
entered argues the same thing (``诉讼时效``, ``24%``, ``债权转让`` …). The documents layer prints a suggestion
only when no entered point is on its topic (:mod:`summons_kit.documents.suggestions`). Each code here is
registered with :func:`summons_kit.law.finding.declare`; a test checks that every code with a point has a topic.
"""

from __future__ import annotations

import attrs

from summons_kit.law import rules_limitation, rules_money, rules_parties, rules_procedure, rules_terms
from summons_kit.law.finding import Code


@attrs.frozen
class Topic:
    """What a group of finding codes argues: a heading for the suggested point and the words that show an
    entered point argues it too."""

    name: str
    heading: str
    codes: tuple[str, ...]
    words: tuple[str, ...]


def _codes(*codes: Code) -> tuple[str, ...]:
    return tuple(c.code for c in codes)


TOPICS: tuple[Topic, ...] = (
    Topic(
        "procedure",
        "本案不应适用小额诉讼程序或简易程序",
        _codes(rules_procedure.SMALL_CLAIMS_EXCLUDED, rules_procedure.SIMPLE_EXCLUDED),
        ("小额诉讼程序", "简易程序", "普通程序"),
    ),
    Topic(
        "rate",
        "原告主张的利息、罚息、复利等合计超过司法保护上限的部分应予调减",
        _codes(
            rules_money.LICENSED_RATE,
            rules_money.PRIVATE_RATE,
            rules_money.LOCAL_RATE,
            rules_money.COMBINED_RATE,
        ),
        ("24%", "百分之二十四", "四倍", "4倍", "贷款市场报价利率", "LPR", "利率过高", "利率明显过高"),
    ),
    Topic(
        "penalty_and_damages",
        "罚息与违约金不应重复计收",
        _codes(rules_money.PENALTY_AND_DAMAGES),
        ("重复计收", "重复主张", "罚息与违约金", "罚息和违约金", "违约金过高"),
    ),
    Topic(
        "attorney_fees",
        "律师费等实现债权的费用缺乏依据，不应支持",
        _codes(rules_money.ATTORNEY_FEES),
        ("律师费", "实现债权费用", "实现债权的费用"),
    ),
    Topic(
        "acceleration",
        "原告应就借款提前到期的条件已经成就承担举证责任",
        _codes(rules_money.ACCELERATION),
        ("提前到期",),
    ),
    Topic(
        "limitation",
        "原告的诉讼请求已超过诉讼时效",
        _codes(rules_limitation.EXPIRED),
        ("诉讼时效",),
    ),
    Topic(
        "assignment",
        "债权转让起诉前未通知答辩人，答辩人的抗辩可以向原告主张",
        _codes(rules_parties.NOT_NOTIFIED, rules_parties.BY_PUBLICATION),
        ("债权转让", "转让通知", "受让"),
    ),
    Topic(
        "standard_terms",
        "原告依据的格式条款未经提示说明，相应请求不应支持",
        _codes(rules_terms.STANDARD_TERMS),
        ("格式条款", "提示说明", "提示、说明", "提示和说明"),
    ),
    Topic(
        "repayments",
        "原告主张的本金未足额扣减答辩人的还款",
        _codes(rules_terms.REPAYMENTS),
        ("扣减还款", "未扣减", "足额扣减", "还款明细", "抵充"),
    ),
    Topic(
        "advance_interest",
        "借款本金应按实际出借金额认定",
        _codes(rules_money.ADVANCE_INTEREST),
        ("预先扣除", "实际出借", "实际收到", "砍头息"),
    ),
    Topic(
        "spouse",
        "原告未证明本案债务属于夫妻共同债务",
        _codes(rules_parties.SPOUSE_JOINED),
        ("夫妻共同债务", "共同还款责任", "配偶"),
    ),
    Topic(
        "amounts",
        "原告主张的欠款金额前后不一致，应予核实",
        _codes(rules_money.TOTAL_MISMATCH, rules_money.PARTS_MISMATCH),
        ("金额不一致", "合计金额", "诉讼请求不明确"),
    ),
)

_BY_CODE = {code: topic for topic in TOPICS for code in topic.codes}


def topic_of(code: str) -> Topic | None:
    """The topic of a finding code, or None."""
    return _BY_CODE.get(code)
