"""诉讼请求 texts: what each claim asks for, its amount, the date interest runs to and any rate it states."""

from __future__ import annotations

import datetime as dt
import enum
from decimal import Decimal

import attrs


class ClaimKind(enum.StrEnum):
    PRINCIPAL = "本金"
    INTEREST = "利息"
    PENALTY_INTEREST = "罚息"
    COMPOUND_INTEREST = "复利"
    DAMAGES = "违约金/滞纳金"
    COLLECTION_COSTS = "实现债权费用"
    COURT_COSTS = "诉讼费用"
    OTHER = "其他"


@attrs.frozen
class Rate:
    """A rate as the claim states it, with its annual equivalent.

    ``annual`` is a percentage (Decimal('18.25') for 18.25 % a year) or None when the rate is stated as a multiple of
    the LPR (``lpr_multiple``) and the LPR date is not known here. ``day_count`` is 360 or 365 for rates stated per day
    (the convention used to annualise, always stated), None otherwise.
    """

    raw: str
    annual: Decimal | None
    period: str  # "year" | "month" | "day" | "lpr"
    day_count: int | None = None
    lpr_multiple: Decimal | None = None

    def describe(self) -> str:
        """Chinese text naming the rate and how it was annualised."""
        if self.annual is None:
            return f"{self.raw}(按一年期LPR的{self.lpr_multiple}倍计)"
        if self.day_count:
            return f"{self.raw}(折合年利率{self.annual}%,按一年{self.day_count}天计)"
        return f"{self.raw}(折合年利率{self.annual}%)"


@attrs.frozen
class ClaimInfo:
    """What the text of one 诉讼请求 says."""

    raw: str
    kinds: tuple[ClaimKind, ...]  # a claim such as 利息、罚息、复利合计 has several
    amount: Decimal | None  # the claim's amount (its stated 合计 where there is one)
    interest_to: dt.date | None = None  # 截至2025年7月31日
    interest_from: dt.date | None = None  # 自2025年8月1日起
    rate: Rate | None = None
    parts: tuple[tuple[ClaimKind, Decimal], ...] = ()  # amounts named one by one inside the text

    @property
    def kind(self) -> ClaimKind:
        return self.kinds[0] if self.kinds else ClaimKind.OTHER
