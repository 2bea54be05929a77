"""Small formatters the context uses to turn parsed values into the strings a document prints.

They only call the kit's own formatting (``fields``); an absent value prints as an empty string, so a template
can test it with ``{% if %}``.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from decimal import Decimal

import cn2an

from summons_kit.fields.dates import format_date, format_date_upper, format_datetime
from summons_kit.fields.money import amount_in_words, format_amount

TICKED, UNTICKED = "☑", "☐"


def money(value: Decimal | None) -> str:
    """``15,600.00`` (templates write 人民币{{ … }}元); empty when absent."""
    return "" if value is None else format_amount(value)


def money_words(value: Decimal | None) -> str:
    """``人民币壹万伍仟陆佰元整``; empty when absent."""
    return "" if value is None else amount_in_words(value)


def date(value: dt.date | None) -> str:
    """``2025年9月11日``; empty when absent."""
    return "" if value is None else format_date(value)


def date_upper(value: dt.date | None) -> str:
    """``二〇二五年九月十一日``; empty when absent."""
    return "" if value is None else format_date_upper(value)


def moment(value: dt.date | dt.datetime | None) -> str:
    """``2025年10月15日上午9时30分``; empty when absent."""
    return "" if value is None else format_datetime(value)


def box(ticked: bool | None) -> str:
    """☑ or ☐."""
    return TICKED if ticked else UNTICKED


@functools.lru_cache(maxsize=1024)
def numeral(n: int) -> str:
    """1 -> 一, 11 -> 十一: the numbering of answer points."""
    return str(cn2an.an2cn(n))


def yes_no(value: bool | None) -> str:
    """是 / 否 / 不详."""
    return "不详" if value is None else ("是" if value else "否")


_END = "。！？"
#: 【待填：……】/【待确认：……】 markers at the end of a text: the sentence before them gets its full stop
_TRAILING_MARKERS = re.compile(r"(?:【待(?:填|确认)：[^】]*】)+$")


def sentence(text: str, note: str = "") -> str:
    """``text`` as a finished sentence, ``note`` (（见证据1、2）) placed before its full stop.

    ``原告……应予调减。`` + ``（见证据1）`` -> ``原告……应予调减（见证据1）。``; a text without a closing mark gets
    。 (a Latin full stop after Chinese becomes 。); a text ending in a closing quote or bracket keeps it, and the
    note and 。 follow. 【待填】/【待确认】 markers at the end stay after the full stop (a text that is only a
    marker is treated as text).
    """
    text = text.rstrip()
    marks = _TRAILING_MARKERS.search(text)
    if marks and marks.start() > 0:  # ……不明【待确认：有无异议】 -> ……不明。【待确认：有无异议】
        return sentence(text[: marks.start()], note) + marks.group()
    if not text:
        return note
    if text[-1] == "." and len(text) > 1 and not text[-2].isascii():  # a Latin full stop after Chinese
        text = text[:-1] + "。"
    if text[-1] in _END or text[-1] == ".":
        return f"{text[:-1]}{note}{text[-1]}"
    return f"{text}{note}。"
