"""The views of the 民事答辩状 (answer): its points, the element forms' rows, the delivery block and what it
prints with 【待确认：……】."""

from __future__ import annotations

from collections.abc import Mapping

import attrs

from summons_kit.documents.views.base import doc


@attrs.frozen
class PointView:
    """One 答辩意见 (answer point)."""

    no: int = attrs.field(metadata=doc("1, 2, …"))
    no_zh: str = attrs.field(metadata=doc("一, 二, … (for 一、…)"))
    title: str = attrs.field(
        metadata=doc("the point's heading (may be empty); a suggested point gets its topic's heading")
    )
    text: str = attrs.field(metadata=doc("the point as entered (or as the finding suggests it)"))
    body: str = attrs.field(
        metadata=doc("the point as printed: text with its evidence_refs before the full stop, ending in 。")
    )
    basis: str = attrs.field(metadata=doc("its legal basis"))
    evidence: tuple[int, ...] = attrs.field(metadata=doc("the evidence numbers it cites"))
    evidence_refs: str = attrs.field(metadata=doc("（见证据1、2） (empty when it cites none; unknown numbers marked)"))
    suggested: bool = attrs.field(metadata=doc("True for a point suggested by a finding"))
    code: str = attrs.field(metadata=doc("the suggesting finding's code (empty for entered points)"))


@attrs.frozen
class ElementRowView:
    """One row of an element-style (要素式) answer form: a position (boxes) and a text."""

    key: str = attrs.field(metadata=doc("the row's key in the case file ([defence.items.KEY] / [defence.facts.KEY])"))
    no: int = attrs.field(metadata=doc("the row's number in its form (1, 2, …)"))
    label: str = attrs.field(metadata=doc("the row's label in the form, e.g. 本金"))
    in_form: bool = attrs.field(metadata=doc("True when the row belongs to the form of this case's cause"))
    entered: bool = attrs.field(metadata=doc("True when the defendant entered the row (a position or a text)"))
    disputed: bool | None = attrs.field(
        metadata=doc("True 有异议, False 无异议, None not said (left out, or a text without a position)")
    )
    agree_box: str = attrs.field(
        metadata=doc(
            "☑ when 无异议 was entered, else ☐ (also ☐ when no position was said: never 无异议 by default; "
            "empty for text-only rows)"
        )
    )
    dispute_box: str = attrs.field(metadata=doc("☑ when 有异议 was entered, else ☐ (empty for text-only rows)"))
    yes_box: str = attrs.field(metadata=doc("for 有/无 rows (有无其他免责/减责事由): ☑ when 有, else ☐"))
    no_box: str = attrs.field(metadata=doc("for 有/无 rows: ☑ when 无, else ☐"))
    text: str = attrs.field(
        metadata=doc(
            "the 事实和理由 printed: as entered (标的总额: after the claimed total in figures and capitals), "
            "+ 【待确认：有无异议】 when entered without a position; else what the case knows + 【待确认：有无异议】 "
            "(a row the case knows nothing about: the marker alone); "
            "无 for a guarantee row of a case without guarantee or a claim row the complaint does not make"
        )
    )
    known: str = attrs.field(
        metadata=doc("what the case knows for the row (claims, loan facts), whether or not a position was entered")
    )


@attrs.frozen
class UnconfirmedView:
    """Something the answer prints with 【待确认：……】: the lawyer still has to say it."""

    section: str = attrs.field(metadata=doc("delivery | items | facts"))
    key: str = attrs.field(metadata=doc("electronic_service, or the row's key"))
    label: str = attrs.field(metadata=doc("the row's label (是否接受电子送达 for the delivery entry)"))
    field: str = attrs.field(
        metadata=doc("the case field to set: defence.electronic_service, defence.items.<key>, defence.facts.<key>")
    )


@attrs.frozen
class DeliveryView:
    """送达地址确认."""

    address: str = attrs.field(metadata=doc("送达地址 (default: the defendant's address)"))
    recipient: str = attrs.field(
        metadata=doc(
            "收件人, a person (default: the defendant if a person; for an organization 【待填：收件人】, listed in "
            "missing)"
        )
    )
    phone: str = attrs.field(metadata=doc("电话 (default: the defendant's; 【待填：联系电话】 when neither is given)"))
    email: str = attrs.field(
        metadata=doc(
            "电子送达地址 (e-mail); 【待填：电子邮箱】 when electronic service is accepted without one "
            "(listed in missing)"
        )
    )
    electronic_yes_box: str = attrs.field(metadata=doc("是否接受电子送达 是: ☑ when yes"))
    electronic_no_box: str = attrs.field(
        metadata=doc(
            "是否接受电子送达 否: ☑ when no; ☐【待确认：是否接受电子送达】 when defence.electronic_service is not "
            "set (listed in unconfirmed)"
        )
    )
    sms_box: str = attrs.field(default="", metadata=doc("电子送达方式 短信: ☑ when defence.electronic_methods has it"))
    wechat_box: str = attrs.field(default="", metadata=doc("电子送达方式 微信"))
    fax_box: str = attrs.field(default="", metadata=doc("电子送达方式 传真"))
    email_box: str = attrs.field(
        default="", metadata=doc("电子送达方式 电子邮箱 (also ☑ for an email with no electronic_methods)")
    )
    other_box: str = attrs.field(default="", metadata=doc("电子送达方式 其他"))


@attrs.frozen
class ElementRows:
    """The rows of the element forms (:func:`summons_kit.documents.element_rows.element_rows`): every key of both
    forms, the case's form's rows in order, and the rows printed with 【待确认】."""

    items: Mapping[str, ElementRowView]
    facts: Mapping[str, ElementRowView]
    item_rows: tuple[ElementRowView, ...]
    fact_rows: tuple[ElementRowView, ...]
    unconfirmed: tuple[UnconfirmedView, ...]


@attrs.frozen
class AnswerView:
    """The 民事答辩状, built from [defence]."""

    style: str = attrs.field(metadata=doc("narrative | element"))
    form: str = attrs.field(
        metadata=doc("the element form of the cause: 金融借款合同纠纷 | 信用卡纠纷 (other causes: the first)")
    )
    title: str = attrs.field(metadata=doc("民事答辩状"))
    form_title: str = attrs.field(metadata=doc("民事答辩状（信用卡纠纷） for the element style, else 民事答辩状"))
    party_block: tuple[str, ...] = attrs.field(
        metadata=doc(
            "答辩人：… line(s) of the defendant (missing items marked 【待填：……】); with defence.joint every "
            "defendant's"
        )
    )
    plaintiff_names: str = attrs.field(metadata=doc("every plaintiff's name, joined with 、"))
    defendant_names: str = attrs.field(metadata=doc("every defendant's name, joined with 、"))
    joint: bool = attrs.field(metadata=doc("True when every defendant files the answer together (defence.joint)"))
    has_agent: bool = attrs.field(metadata=doc("True when there is an agent"))
    agent_yes_box: str = attrs.field(metadata=doc("委托诉讼代理人 有: ☑ when there is an agent"))
    agent_no_box: str = attrs.field(metadata=doc("委托诉讼代理人 无: ☑ when there is none"))
    points: tuple[PointView, ...] = attrs.field(
        metadata=doc(
            "答辩意见: the entered points; in a narrative answer then the element rows entered under "
            "[defence.items] (对原告各项诉讼请求的意见) and [defence.facts] (对原告所述事实的意见), a paragraph per "
            "row; then those the findings suggest (when defence.suggest), except a suggestion whose topic an "
            "entered point argues (docs/documents.md)"
        )
    )
    items: Mapping[str, ElementRowView] = attrs.field(
        metadata=doc("答辩事项和依据 rows by key: answer.items.principal … (every key of both forms)")
    )
    facts: Mapping[str, ElementRowView] = attrs.field(
        metadata=doc("事实和理由 rows by key: answer.facts.contract … (every key of both forms)")
    )
    item_rows: tuple[ElementRowView, ...] = attrs.field(
        metadata=doc("the 答辩事项 rows of the case's form, in order (for a loop)")
    )
    fact_rows: tuple[ElementRowView, ...] = attrs.field(
        metadata=doc("the 事实和理由 rows of the case's form, in order (for a loop)")
    )
    delivery: DeliveryView = attrs.field(metadata=doc("送达地址确认"))
    copies: int = attrs.field(
        metadata=doc("附:本答辩状副本 N 份 (documents.copies, default one per plaintiff: the opposing parties)")
    )
    evidence_count: int = attrs.field(metadata=doc("number of evidence items"))
    evidence_note: str = attrs.field(metadata=doc("the sentence referring to the 证据目录"))
    cited_missing: tuple[int, ...] = attrs.field(
        metadata=doc("evidence numbers cited in the points that the list lacks (should be empty)")
    )
    unconfirmed: tuple[UnconfirmedView, ...] = attrs.field(
        metadata=doc("what the answer prints with 【待确认：……】 (the context's top-level unconfirmed)", hidden=True)
    )
    agent_general_box: str = attrs.field(default="", metadata=doc("代理权限 一般授权: ☑ for agent.authority general"))
    agent_special_box: str = attrs.field(default="", metadata=doc("代理权限 特别授权: ☑ for agent.authority special"))
    signature: tuple[str, ...] = attrs.field(
        default=("答辩人（签名）：",),
        metadata=doc(
            "the lines each filer signs under: 答辩人（签名） (the element form: 答辩人（签字、盖章）), or for an "
            "organization 答辩人（盖章） and 法定代表人/负责人（签名）"
        ),
    )
