"""The views of the defendant's evidence: one row per item, and the 证据目录 (evidence list) in groups."""

from __future__ import annotations

import attrs

from summons_kit.documents.views.base import Empty, doc


@attrs.frozen
class EvidenceView:
    """One item of the defendant's evidence (a case without evidence gets one blank row in the 证据目录: its name
    a 【待填：证据】 marker, its number and copies empty)."""

    no: int | Empty = attrs.field(
        metadata=doc("序号 (1, 2, …; the number the answer cites; empty in the blank row of an empty list)")
    )
    name: str = attrs.field(metadata=doc("证据名称"))
    source: str = attrs.field(metadata=doc("证据来源"))
    purpose: str = attrs.field(metadata=doc("证明目的 / 证明对象"))
    pages: int | Empty = attrs.field(metadata=doc("页数 of the item (empty when not entered)"))
    pages_range: str = attrs.field(
        metadata=doc("页码 in the bundle: item 1 of 3 pages -> 1-3, item 2 of 2 pages -> 4-5")
    )
    form: str = attrs.field(metadata=doc("原件 | 复印件"))
    copies: int | Empty = attrs.field(
        metadata=doc(
            "份数 (evidence[].copies, default one per plaintiff: 证据规定 19; empty in the blank row of an empty list)"
        )
    )
    group: str = attrs.field(metadata=doc("what the item proves (its group heading)"))


@attrs.frozen
class EvidenceGroupView:
    """Consecutive items of the evidence list with the same group."""

    name: str = attrs.field(metadata=doc("the group (what its items prove); empty for ungrouped items"))
    heading: str = attrs.field(metadata=doc("一、还款情况 (empty when the group has no name)"))
    items: tuple[EvidenceView, ...] = attrs.field(metadata=doc("the group's items (same fields as evidence[])"))


@attrs.frozen
class EvidenceListView:
    """The 证据目录."""

    submitter: str = attrs.field(metadata=doc("提交人 (the defendant's name)"))
    submitter_role: str = attrs.field(metadata=doc("the submitter's role in the suit (被告)"))
    count: int = attrs.field(metadata=doc("number of items"))
    total_pages: int | Empty = attrs.field(metadata=doc("pages of all items (empty when an item's pages are unknown)"))
    groups: tuple[EvidenceGroupView, ...] = attrs.field(
        metadata=doc("consecutive items with the same group; a group with a name gets a heading row")
    )
    has_groups: bool = attrs.field(metadata=doc("True when any item has a group"))
    signature: tuple[str, ...] = attrs.field(
        default=("提交人（签名）：",),
        metadata=doc("提交人（签名）, or for an organization 提交人（盖章） and 法定代表人/负责人（签名）"),
    )
