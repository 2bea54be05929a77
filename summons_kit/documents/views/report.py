"""The views derived for every draft: its dates, the report's deadlines and findings, and what the drafts lack."""

from __future__ import annotations

import attrs

from summons_kit.documents.views.base import doc


@attrs.frozen
class DatesView:
    """Dates of the drafts."""

    today: str = attrs.field(metadata=doc("the day of drafting"))
    signed: str = attrs.field(metadata=doc("the date on the drafts (documents.date, default today), 2025年9月11日"))
    signed_upper: str = attrs.field(metadata=doc("the same as 二〇二五年九月十一日 (under a signature)"))


@attrs.frozen
class DeadlineView:
    """One deadline of the report."""

    key: str = attrs.field(metadata=doc("answer | jurisdiction | evidence | hearing | appeal | public_notice"))
    label: str = attrs.field(metadata=doc("答辩期限 …"))
    date: str = attrs.field(metadata=doc("the date (empty when the rule gives none)"))
    explanation: str = attrs.field(metadata=doc("how it was computed"))
    basis: str = attrs.field(metadata=doc("the articles"))


@attrs.frozen
class FindingView:
    """One finding of the report."""

    code: str = attrs.field(metadata=doc("stable code, e.g. rate.above_licensed_cap"))
    severity: str = attrs.field(metadata=doc("error | warning | info"))
    field: str = attrs.field(metadata=doc("the case field concerned"))
    message: str = attrs.field(metadata=doc("Chinese message"))
    basis: str = attrs.field(metadata=doc("the articles"))
    point: str = attrs.field(metadata=doc("the answer point it suggests (may be empty)"))


@attrs.frozen
class MissingView:
    """A value a draft needs and the case leaves empty (printed as 【待填：……】)."""

    document: str = attrs.field(metadata=doc("a registry key: answer | evidence | instalment | objection | …"))
    title: str = attrs.field(metadata=doc("民事答辩状 | 证据目录 | 分期还款申请书"))
    field: str = attrs.field(metadata=doc("the case field, e.g. defendant.address"))
    label: str = attrs.field(metadata=doc("what to fill in, e.g. 答辩人住所"))
