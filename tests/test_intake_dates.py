"""Date forms court papers and OCR produce, added to fields.dates for intake."""

from __future__ import annotations

import datetime as dt

import pytest

from summons_kit.errors import ParseError
from summons_kit.fields import parse_date


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2025年10月15日上午9时整", dt.datetime(2025, 10, 15, 9, 0)),
        ("2025年10月15日上午9:00整", dt.datetime(2025, 10, 15, 9, 0)),
        ("2025年10月19日(日)上午9:30", dt.datetime(2025, 10, 19, 9, 30)),
        ("2025年10月21日（二）下午2:30", dt.datetime(2025, 10, 21, 14, 30)),
        ("2025年10月21日（星期二）晚8:00", dt.datetime(2025, 10, 21, 20, 0)),
        ("2025年10月21日早8:30", dt.datetime(2025, 10, 21, 8, 30)),
        ("2016年6月29", dt.date(2016, 6, 29)),
        ("2016年6月29上午9时", dt.datetime(2016, 6, 29, 9, 0)),
        ("应到时间2025年10月15日上午9时30分", dt.datetime(2025, 10, 15, 9, 30)),
        ("签收日期2025年9月11日", dt.date(2025, 9, 11)),
        ("二0二六年二月二日", dt.date(2026, 2, 2)),  # OCR reads 〇 as the digit 0
    ],
)
def test_paper_and_ocr_forms(text: str, expected: dt.date) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("2025年10月20日(二)", "2025年10月20日是星期一,与所写的星期二不符"),
        ("2025年10月20日晚12点", "歧义"),
        ("2025年10月209", "不是可识别的日期格式"),
    ],
)
def test_still_refused(text: str, reason: str) -> None:
    with pytest.raises(ParseError) as err:
        parse_date(text)
    assert reason in err.value.reason
