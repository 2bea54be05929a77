"""The answer points the legal checks suggest, as a lawyer would put them, and when a suggestion is left out.

A finding with a ``point`` (``summons_kit.check``) suggests an answer point. In the answer it becomes a numbered
point with a heading, like the points the lawyer writes (一、原告的诉讼请求已超过诉讼时效 / the finding's text).

**Rule: the lawyer's own point wins.** Each suggesting finding code belongs to a topic (:data:`TOPICS`: the rate
cap, limitation, the assignment, …). A suggestion is left out when an entered point is on the same topic — its
title (or, for a point without a title, its text) contains one of the topic's words (``诉讼时效``, ``24%``,
``债权转让`` …) — or a disputed element row's text does (the rows are printed in both answer styles), and when an
earlier suggestion already covers the topic. Its legal basis is still cited in the
element form's 答辩依据 row (the topic is argued, by the lawyer's point). A finding code with no topic here is
suggested under no heading unless its text repeats an entered point.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

import attrs

from summons_kit.case.model import AnswerPoint


@attrs.frozen
class Topic:
    """What a group of finding codes argues: a heading for the suggested point and the words that show an
    entered point argues it too."""

    name: str
    heading: str
    codes: tuple[str, ...]
    words: tuple[str, ...]


TOPICS: tuple[Topic, ...] = (
    Topic(
        "rate",
        "原告主张的利息、罚息、复利等合计超过法定上限的部分应予调减",
        (
            "rate.above_licensed_cap",
            "rate.above_private_cap",
            "rate.local_financial_above_24",
            "rate.combined_above_24",
        ),
        ("24%", "百分之二十四", "四倍", "4倍", "贷款市场报价利率", "LPR", "利率过高", "利率明显过高"),
    ),
    Topic(
        "penalty_and_damages",
        "罚息与违约金不应重复计收",
        ("claims.penalty_and_damages",),
        ("重复计收", "重复主张", "罚息与违约金", "罚息和违约金", "违约金过高"),
    ),
    Topic(
        "attorney_fees",
        "律师费等实现债权的费用缺乏依据，不应支持",
        ("claims.attorney_fees",),
        ("律师费", "实现债权费用", "实现债权的费用"),
    ),
    Topic(
        "acceleration",
        "原告应就借款提前到期的条件已经成就承担举证责任",
        ("claims.acceleration",),
        ("提前到期",),
    ),
    Topic(
        "limitation",
        "原告的诉讼请求已超过诉讼时效",
        ("limitation.possibly_expired",),
        ("诉讼时效",),
    ),
    Topic(
        "assignment",
        "债权转让起诉前未通知答辩人，答辩人的抗辩可以向原告主张",
        ("assignment.not_notified",),
        ("债权转让", "转让通知", "受让"),
    ),
    Topic(
        "spouse",
        "原告未证明本案债务属于夫妻共同债务",
        ("parties.spouse_joint_debt",),
        ("夫妻共同债务", "共同还款责任", "配偶"),
    ),
    Topic(
        "amounts",
        "原告主张的欠款金额前后不一致，应予核实",
        ("claims.total_mismatch", "claims.parts_mismatch"),
        ("金额不一致", "合计金额", "诉讼请求不明确"),
    ),
)

_BY_CODE = {code: topic for topic in TOPICS for code in topic.codes}


def topic_of(code: str) -> Topic | None:
    """The topic of a finding code, or None."""
    return _BY_CODE.get(code)


def covers(point: AnswerPoint, topic: Topic) -> bool:
    """True when the entered ``point`` argues ``topic``: its title (else its text) contains a topic word."""
    words = point.title or point.text
    return any(word in words for word in topic.words)


@attrs.frozen
class Suggestion:
    """A suggested point (printed) or a finding whose topic an entered point already argues (not printed)."""

    code: str
    heading: str
    text: str
    basis: str
    printed: bool


def suggestions(points: Sequence[AnswerPoint], findings: Iterable[Any]) -> list[Suggestion]:
    """Every finding with a ``point``, in the report's order, and whether it is printed (see the module doc)."""
    result: list[Suggestion] = []
    argued = {t.name for t in TOPICS if any(covers(p, t) for p in points)}
    seen_texts = {p.text for p in points}
    for finding in findings:
        text = getattr(finding, "point", "") or ""
        if not text:
            continue
        topic = topic_of(finding.code)
        printed = text not in seen_texts and (topic is None or topic.name not in argued)
        seen_texts.add(text)
        if topic is not None:
            argued.add(topic.name)
        result.append(Suggestion(finding.code, topic.heading if topic else "", text, finding.basis, printed))
    return result
