"""案号: (年份)法院代字+类型代字+序号号."""

from __future__ import annotations

import attrs


@attrs.frozen
class CaseNumber:
    """A parsed 案号, e.g. （2025）粤0391民初18888号."""

    raw: str
    year: int
    court_code: str  # 粤0391
    type_code: str  # 民初
    number: int

    def __str__(self) -> str:
        return f"（{self.year}）{self.court_code}{self.type_code}{self.number}号"
