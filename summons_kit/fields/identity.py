"""居民身份证号, 统一社会信用代码 and phone numbers."""

from __future__ import annotations

import datetime as dt
from typing import Literal

import attrs


@attrs.frozen
class IdNumber:
    """A checked 18-character 居民身份证号 (GB 11643-1999)."""

    raw: str
    value: str  # upper-case X
    birth: dt.date
    gender: Literal["male", "female"]

    @property
    def gender_zh(self) -> str:
        return "男" if self.gender == "male" else "女"

    def __str__(self) -> str:
        return self.value


@attrs.frozen
class CreditCode:
    """A checked 18-character 统一社会信用代码 (GB 32100-2015)."""

    raw: str
    value: str

    def __str__(self) -> str:
        return self.value
