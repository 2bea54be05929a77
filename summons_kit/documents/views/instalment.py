"""The views of the 分期还款申请书 (instalment request): the plan, its schedule and the applicant's means."""

from __future__ import annotations

import attrs

from summons_kit.documents.views.base import doc


@attrs.frozen
class ScheduleRowView:
    """One payment of the instalment schedule."""

    period: int = attrs.field(metadata=doc("0 for the down payment, 1..n"))
    label: str = attrs.field(metadata=doc("首付 | 第1期 …"))
    due: str = attrs.field(
        metadata=doc("还款日期 (same day each month; moved to the next working day only with roll_to_workday)")
    )
    amount: str = attrs.field(metadata=doc("还款金额"))
    balance: str = attrs.field(metadata=doc("剩余未还金额 after this payment"))
    moved: bool = attrs.field(metadata=doc("True when the agreed day was a holiday or weekend"))


@attrs.frozen
class InstalmentView:
    """The 分期还款申请书, or None when the case proposes no instalments."""

    addressee: str = attrs.field(metadata=doc("plaintiff | court"))
    to_court: bool = attrs.field(metadata=doc("True when addressed to the court (a mediation proposal)"))
    addressee_name: str = attrs.field(metadata=doc("此致 …: the plaintiff's name or the court's"))
    party_block: tuple[str, ...] = attrs.field(metadata=doc("申请人（被告）：… line(s) of the defendant"))
    counterparty_block: tuple[str, ...] = attrs.field(
        metadata=doc("被申请人（原告）：… (原告：… to the court): the plaintiff's line(s)")
    )
    total: str = attrs.field(
        metadata=doc("分期总额 (default: the undisputed amounts, else the claimed principal; law.instalment)")
    )
    total_words: str = attrs.field(metadata=doc("the same in capital numerals"))
    months: int = attrs.field(metadata=doc("期数 (monthly instalments, without the down payment)"))
    first_due: str = attrs.field(metadata=doc("首次还款日 as entered"))
    day: int = attrs.field(metadata=doc("the day of the month instalments fall due (每月N日)"))
    day_note: str = attrs.field(
        metadata=doc("（当月无该日的，于当月最后一日前还款） when the day is after the 28th, else empty")
    )
    has_down_payment: bool = attrs.field(metadata=doc("True when there is a down payment"))
    down_payment: str = attrs.field(metadata=doc("首付金额"))
    down_payment_words: str = attrs.field(metadata=doc("the same in capital numerals"))
    down_payment_due: str = attrs.field(metadata=doc("首付日 (moved to a working day only with roll_to_workday)"))
    instalments_from: str = attrs.field(
        metadata=doc("the agreed date of the first monthly instalment (before a move to a working day)")
    )
    regular_amount: str = attrs.field(metadata=doc("每期金额 (every instalment but the last)"))
    last_amount: str = attrs.field(metadata=doc("最后一期金额 (takes the rounding)"))
    last_due: str = attrs.field(metadata=doc("最后一期还款日"))
    rows: tuple[ScheduleRowView, ...] = attrs.field(metadata=doc("the schedule (its amounts sum exactly to the total)"))
    reasons: str = attrs.field(metadata=doc("困难原因 (multi-line text becomes paragraphs)"))
    monthly_income: str = attrs.field(metadata=doc("月收入"))
    monthly_expenses: str = attrs.field(metadata=doc("月必要支出"))
    monthly_surplus: str = attrs.field(
        metadata=doc("月收入 - 月必要支出 (empty unless both are given and the income is at least the expenses)")
    )
    monthly_shortfall: str = attrs.field(
        metadata=doc("每月收支缺口: 月必要支出 - 月收入 when the expenses exceed the income (else empty)")
    )
    surplus_covers: bool = attrs.field(
        metadata=doc("True when the monthly surplus covers a regular instalment (the request says so)")
    )
    repaid: str = attrs.field(metadata=doc("已还款金额"))
    waive_penalty: bool = attrs.field(metadata=doc("True: ask to waive 罚息/复利/违约金 and stop interest accruing"))
    attachments: tuple[str, ...] = attrs.field(metadata=doc("附件 (text of each)"))
    problems: tuple[str, ...] = attrs.field(metadata=doc("why no schedule could be built (empty when it was)"))
    rolled: bool = attrs.field(
        default=False, metadata=doc("True when due days move to the next working day ([instalment] roll_to_workday)")
    )
    reservation: str = attrs.field(
        default="", metadata=doc("the 民诉法解释 第107条 reservation: an offer to settle is no admission")
    )
    signature: tuple[str, ...] = attrs.field(
        default=("申请人（签名）：",),
        metadata=doc("申请人（签名）, or 申请人（盖章） and 法定代表人/负责人（签名） for an organization"),
    )
