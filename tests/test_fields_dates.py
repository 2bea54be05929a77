"""parse_date and the date formatting functions (summons_kit.fields.dates)."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import corpus_rows, rejected

from summons_kit.errors import ParseError
from summons_kit.fields import dates
from summons_kit.fields.dates import format_date, format_date_upper, format_datetime, parse_date, weekday_zh


def _expected(value: str) -> dt.date | dt.datetime:
    return dt.datetime.fromisoformat(value) if "T" in value else dt.date.fromisoformat(value)


@pytest.fixture
def no_dateparser(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make any call of the dateparser fallback fail the test."""
    import dateparser

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("the dateparser fallback was called")

    monkeypatch.setattr(dateparser, "parse", refuse)


@pytest.mark.parametrize("row", corpus_rows("dates.tsv"), ids=lambda r: r["note"])
def test_corpus(row: dict[str, str], no_dateparser: None) -> None:
    """Every corpus row, read by the fast path alone (dateparser is never called for these forms)."""
    reference = dt.date.fromisoformat(row["reference"]) if row["reference"] else None
    if row["expected"] == "ERROR":
        error = rejected(lambda text: parse_date(text, reference), row["input"])
        assert f"“{row['input']}”" in str(error)
        return
    value = parse_date(row["input"], reference)
    expected = _expected(row["expected"])
    assert value == expected
    assert type(value) is type(expected)  # a datetime only when the text has a time of day


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the court papers of the samples
        ("二〇二五年十月十五日上午九时三十分", dt.datetime(2025, 10, 15, 9, 30)),
        ("2026年3月3日（星期二）下午2:30", dt.datetime(2026, 3, 3, 14, 30)),
        ("二〇二六年二月二日", dt.date(2026, 2, 2)),
        ("应到时间：二〇二五年十月十五日上午九时三十分", dt.datetime(2025, 10, 15, 9, 30)),
        ("签收日期:2025年9月11日", dt.date(2025, 9, 11)),
        # full-width everything, and the ideographic space
        ("２０２５－１０－２０\u3000１４：３０", dt.datetime(2025, 10, 20, 14, 30)),
        ("２０２５．１０．２０", dt.date(2025, 10, 20)),
        ("2025年10月20日 (星期一) 上午 9:30", dt.datetime(2025, 10, 20, 9, 30)),
        # 点半, 整, 一刻, 两, 晚上, 早上, 中午, 凌晨, seconds
        ("2025年10月20日上午九点半", dt.datetime(2025, 10, 20, 9, 30)),
        ("2025年10月20日上午9时整", dt.datetime(2025, 10, 20, 9, 0)),
        ("2025年10月20日下午两点一刻", dt.datetime(2025, 10, 20, 14, 15)),
        ("2025年10月20日下午3点三刻", dt.datetime(2025, 10, 20, 15, 45)),
        ("2025年10月20日晚上8时30分", dt.datetime(2025, 10, 20, 20, 30)),
        ("2025年10月20日早上8点", dt.datetime(2025, 10, 20, 8, 0)),
        ("2025年10月20日中午1点", dt.datetime(2025, 10, 20, 13, 0)),
        ("2025年10月20日凌晨2时", dt.datetime(2025, 10, 20, 2, 0)),
        ("2025年10月20日上午九时零五分", dt.datetime(2025, 10, 20, 9, 5)),
        ("2025-10-20 14:30:15", dt.datetime(2025, 10, 20, 14, 30, 15)),
        ("2025-10-20T09:30", dt.datetime(2025, 10, 20, 9, 30)),
        ("2025年10月20日9点30", dt.datetime(2025, 10, 20, 9, 30)),
        # a 24-hour time after 下午 stays as written
        ("2025年10月20日下午14:30", dt.datetime(2025, 10, 20, 14, 30)),
        ("2025年10月20日下午12时30分", dt.datetime(2025, 10, 20, 12, 30)),
        # ranges keep their start
        ("2025年10月20日下午2:30-4:30", dt.datetime(2025, 10, 20, 14, 30)),
        ("2025年10月20日下午2时至下午4时", dt.datetime(2025, 10, 20, 14, 0)),
        ("2025年10月20日9:00~11:00", dt.datetime(2025, 10, 20, 9, 0)),
        ("2025年10月20日9:00—11:00", dt.datetime(2025, 10, 20, 9, 0)),
        # weekday forms: 周, 礼拜, 星期日/天, brackets or none, before or after the time
        ("2025年10月20日周一", dt.date(2025, 10, 20)),
        ("2025年10月19日(礼拜天)", dt.date(2025, 10, 19)),
        ("2025年10月19日星期日", dt.date(2025, 10, 19)),
        ("2025年10月20日【星期一】", dt.date(2025, 10, 20)),
        ("2025年10月20日上午9:30(星期一)", dt.datetime(2025, 10, 20, 9, 30)),
        # numerals: 元月, O for 〇, 廿, 十一月, traditional characters
        ("2025年元月5日", dt.date(2025, 1, 5)),
        ("二o二五年十一月三十日", dt.date(2025, 11, 30)),
        ("二〇二五年十月廿五日", dt.date(2025, 10, 25)),
        ("2025年10月20號下午3點", dt.datetime(2025, 10, 20, 15, 0)),
        ("二〇二五年十二月三十一日", dt.date(2025, 12, 31)),
        # compact and dotted ISO
        ("20251020", dt.date(2025, 10, 20)),
        ("2025.1.5", dt.date(2025, 1, 5)),
        ("2025/10/20日", dt.date(2025, 10, 20)),
    ],
)
def test_forms(text: str, expected: dt.date | dt.datetime, no_dateparser: None) -> None:
    value = parse_date(text)
    assert value == expected
    assert type(value) is type(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the forms of the audit: every separator, the end with or without year and month
        ("2025年10月20日至10月25日", dt.date(2025, 10, 20)),
        ("2025年10月20日至2025年10月25日", dt.date(2025, 10, 20)),
        ("2025年10月20日—2025年10月25日", dt.date(2025, 10, 20)),
        ("2025年10月20日–2025年10月25日", dt.date(2025, 10, 20)),
        ("2025年10月20日-25日", dt.date(2025, 10, 20)),
        ("2025年10月20日～10月25日", dt.date(2025, 10, 20)),
        ("2025年10月20日~10月25日", dt.date(2025, 10, 20)),
        ("2025年10月20日〜10月25日", dt.date(2025, 10, 20)),
        ("2025年10月20日到10月25日", dt.date(2025, 10, 20)),
        ("2025年10月20日——2025年10月25日", dt.date(2025, 10, 20)),  # the Chinese dash typed twice
        ("2025年10月20日 至 10月25日", dt.date(2025, 10, 20)),
        ("2025年10月20日至20日", dt.date(2025, 10, 20)),  # a one-day range: the end may equal the start
        # numeric and Chinese-numeral forms
        ("2025-10-20至2025-10-25", dt.date(2025, 10, 20)),
        ("2025.10.20-2025.10.25", dt.date(2025, 10, 20)),
        ("20251020-20251025", dt.date(2025, 10, 20)),
        ("二〇二五年十月二十日至二十五日", dt.date(2025, 10, 20)),
        ("二〇二五年十月二十日至十一月三日", dt.date(2025, 10, 20)),
        # across New Year: a month before the start's month is in the next year
        ("2025年12月29日至1月2日", dt.date(2025, 12, 29)),
        ("2027年12月1日至2月29日", dt.date(2027, 12, 1)),  # 2028 is a leap year
        # weekdays on both ends are checked, times on both ends are read
        ("2025年10月20日(星期一)至10月25日(星期六)", dt.date(2025, 10, 20)),
        ("2025年10月20日上午9时至10月21日下午5时", dt.datetime(2025, 10, 20, 9, 0)),
        ("2025年10月20日上午9:00-11:00至10月21日", dt.datetime(2025, 10, 20, 9, 0)),
        ("2025年10月20日9:00-25日", dt.datetime(2025, 10, 20, 9, 0)),
    ],
)
def test_date_ranges_keep_their_start(text: str, expected: dt.date, no_dateparser: None) -> None:
    value = parse_date(text)
    assert value == expected
    assert type(value) is type(expected)


def test_date_range_with_a_yearless_start() -> None:
    assert parse_date("10月20日至25日", dt.date(2025, 9, 1)) == dt.date(2025, 10, 20)
    assert parse_date("12月29日至1月2日", dt.date(2025, 9, 1)) == dt.date(2025, 12, 29)


@pytest.mark.parametrize(
    ("text", "reason", "reason_en"),
    [
        (
            "2025年10月20日至10月15日",
            "时间段的结束日期2025年10月15日早于开始日期2025年10月20日,其中一处有笔误",
            "the range ends on 2025-10-15, before it starts on 2025-10-20: one of the two dates is a typo",
        ),
        (
            "2025年10月20日-19日",
            "时间段的结束日期2025年10月19日早于开始日期2025年10月20日,其中一处有笔误",
            "the range ends on 2025-10-19, before it starts on 2025-10-20: one of the two dates is a typo",
        ),
        (
            "2025年10月20日至2024年10月25日",
            "时间段的结束日期2024年10月25日早于开始日期2025年10月20日,其中一处有笔误",
            "the range ends on 2024-10-25, before it starts on 2025-10-20: one of the two dates is a typo",
        ),
        (
            "2025年10月20日上午9时至10月19日下午5时",
            "时间段的结束日期2025年10月19日早于开始日期2025年10月20日,其中一处有笔误",
            "the range ends on 2025-10-19, before it starts on 2025-10-20: one of the two dates is a typo",
        ),
        (
            "2025年10月20日至10月32日",
            "时间段的结束日期有误:2025年10月没有32日",
            "the end date of the range is wrong: there is no day 32 in 2025-10",
        ),
        (
            "2025年10月20日至2025年2月30日",
            "时间段的结束日期有误:2025年2月没有30日",
            "the end date of the range is wrong: there is no day 30 in 2025-02",
        ),
        (
            "2025年11月20日-31日",
            "时间段的结束日期有误:2025年11月没有31日",
            "the end date of the range is wrong: there is no day 31 in 2025-11",
        ),
        (
            "2025年10月20日至13月1日",
            "时间段的结束日期有误:没有13月",
            "the end date of the range is wrong: there is no month 13",
        ),
        (
            "2025年10月20日至2225年10月25日",
            "时间段的结束日期有误:年份2225不在1900—2100之间,疑为笔误",
            "the end date of the range is wrong: year 2225 is outside 1900-2100",
        ),
        ("2025年10月20日至", "时间段“至”后缺少结束日期", "the range has no end date after '至'"),
        (
            "2025年10月20日至11月",
            "时间段的结束日期“11月”无法识别(应如10月25日、25日或2025年10月25日)",
            "cannot read the end date '11月' of the range (expected e.g. 10月25日, 25日 or 2025年10月25日)",
        ),
        (
            "2025年10月20日至10月25日(星期一)",
            "2025年10月25日是星期六,与所写的星期一不符,日期或星期有一处笔误",
            "2025-10-25 is a Saturday, not a Monday: either the date or the weekday is a typo",
        ),
        (
            "2025年10月20日至10月25日前",
            "日期后的“前”无法识别(应为星期或时间)",
            "cannot read '前' after the date (expected a weekday or time)",
        ),
        (
            "2025年10月20日至10月21日下午25时",
            "没有25时(一天为0—23时)",
            "there is no hour 25 (hours run 0-23)",
        ),
    ],
)
def test_bad_date_ranges(text: str, reason: str, reason_en: str, no_dateparser: None) -> None:
    with pytest.raises(ParseError) as err:
        parse_date(text)
    assert (err.value.text, err.value.reason, err.value.reason_en) == (text, reason, reason_en)


@pytest.mark.parametrize(
    ("text", "example"),
    [
        ("2023年9月", "2023年9月1日"),
        ("自2023年9月起", "2023年9月1日"),  # as a complaint writes it
        ("二〇二三年九月", "2023年9月1日"),
        ("2023年09月", "2023年9月1日"),
        ("2023-09", "2023年9月1日"),
        ("2023.9", "2023年9月1日"),
        ("2023年9月至10月", "2023年9月1日"),
        ("9月", "9月1日"),
    ],
)
def test_a_month_without_a_day_says_the_day_is_missing(text: str, example: str, no_dateparser: None) -> None:
    """A deadline needs a day: a month alone is refused, and the message says what is missing."""
    with pytest.raises(ParseError) as err:
        parse_date(text, dt.date(2025, 1, 1))
    assert err.value.reason == f"日期不完整,缺少日:需要具体日期,如{example}"
    assert err.value.reason_en == f"the date is incomplete: the day is missing (a full date is needed, e.g. {example})"


@pytest.mark.parametrize(
    ("text", "reference", "expected"),
    [
        ("10月20日", dt.date(2025, 10, 20), dt.date(2025, 10, 20)),  # the reference day itself counts
        ("10月20日", dt.date(2025, 10, 21), dt.date(2026, 10, 20)),
        ("十月二十日下午3点", dt.date(2025, 9, 1), dt.datetime(2025, 10, 20, 15, 0)),
        ("2月29日", dt.date(2025, 3, 1), dt.date(2028, 2, 29)),  # the next leap year
        ("10月20日", dt.datetime(2025, 9, 1, 18, 0), dt.date(2025, 10, 20)),
        # the weekday is checked on the resolved date
        ("10月20日(星期二)", dt.date(2026, 1, 1), dt.date(2026, 10, 20)),
    ],
)
def test_yearless(text: str, reference: dt.date, expected: dt.date) -> None:
    assert parse_date(text, reference) == expected


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("10月20日", "需要参照日期"),
        ("2月30日", "需要参照日期"),
        ("2025年10月20日下午0时", "自相矛盾"),
        ("2025年10月20日上午14时", "自相矛盾"),
        ("2025年10月20日晚上12点", "歧义"),
        ("2025年10月20日晚上2点", "有歧义"),
        ("2025年10月20日凌晨8点", "自相矛盾"),
        ("2025年10月20日中午5点", "自相矛盾"),
        ("2025年10月20日9时60分", "没有60分"),
        ("2025年10月20日24时", "没有24时"),
        ("2025年10月20日9:30:61", "没有61秒"),
        ("2025年10月20日上午9时30分至25时", "没有25时"),
        ("2025年10月20日上午9时30分至", "结束时间"),
        ("2025年2月29日", "2025年2月没有29日"),
        ("2025年0月1日", "没有0月"),
        ("2025年10月0日", "没有0日"),
        ("2025年10月32日", "没有32日"),
        ("0202年10月20日", "疑为笔误"),
        ("25年10月20日", "四位"),
        ("20/10/2025", "年、月、日的顺序"),
        ("10-20-2025", "年、月、日的顺序"),
        ("2025年10月", "不完整"),
        ("2025年", "不完整"),
        ("周一", "只有星期"),
        ("下午2:30", "只有时间"),
        ("2025年10月20日前", "“前”无法识别"),
        ("2025年10月20日上午", "“上午”无法识别"),
        ("2025年十十月1日", "写法有误"),
        ("2025年10月209", "不是可识别的日期格式"),  # 2025年10月20 (日 left out) is read: see test_intake_dates
        ("2025年10月20日(星期二)", "星期一,与所写的星期二不符"),
        ("2025年10月20日周日", "与所写的星期日不符"),
        ("   ", "日期为空"),
        ("明天", "相对日期"),
        ("今天上午9点", "相对日期"),
        ("下周一", "相对日期"),
        ("下个星期三", "相对日期"),
        ("本月20日", "相对日期"),
        ("3天后", "相对日期"),
        ("次日", "相对日期"),
        ("tomorrow", "相对日期"),
        ("next Monday", "相对日期"),
        ("尽快", "不是可识别的日期"),  # no date form at all: the fallback cannot read it either
        ("October 2025", "不是可识别的日期"),  # the fallback requires day, month and year
    ],
)
def test_rejected(text: str, reason: str) -> None:
    with pytest.raises(ParseError) as err:
        parse_date(text, None)
    assert err.value.text == text
    assert reason in err.value.reason
    assert err.value.reason_en  # every message has its English side
    assert f"“{text}”" in str(err.value) and err.value.reason_en in str(err.value)


def test_contradicting_weekday_names_both_sides() -> None:
    with pytest.raises(ParseError) as err:
        parse_date("2025年10月21日(星期一)上午9:30")
    assert "2025年10月21日是星期二" in err.value.reason
    assert "2025-10-21 is a Tuesday, not a Monday" in err.value.reason_en


def test_rejected_text_never_reaches_dateparser(no_dateparser: None) -> None:
    """An impossible date is a ParseError from the fast path, not a second opinion from dateparser."""
    for text in (
        "2025年2月30日",
        "2025年13月1日",
        "2025年10月20日下午25时",
        "2025年10月21日(星期一)",
        "明天",
    ):
        with pytest.raises(ParseError):
            parse_date(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Oct 20, 2025", dt.date(2025, 10, 20)),
        ("20 October 2025", dt.date(2025, 10, 20)),
        ("20 October 2025 9:30", dt.datetime(2025, 10, 20, 9, 30)),
        ("Mon, 20 Oct 2025 14:30", dt.datetime(2025, 10, 20, 14, 30)),
    ],
)
def test_dateparser_fallback(text: str, expected: dt.date) -> None:
    """Forms the fast path does not know at all go to dateparser."""
    value = parse_date(text)
    assert value == expected
    assert type(value) is type(expected)


def test_fallback_only_for_unrecognised_forms(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []
    import dateparser

    real = dateparser.parse

    def spy(text: str, *args: object, **kwargs: object) -> object:
        calls.append(text)
        return real(text, *args, **kwargs)

    monkeypatch.setattr(dateparser, "parse", spy)
    parse_date("2025年10月20日")
    parse_date("Oct 20, 2025")
    assert calls == ["Oct 20, 2025"]


def test_not_a_string() -> None:
    with pytest.raises(TypeError):
        parse_date(dt.date(2025, 10, 20))  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("day", "text", "upper"),
    [
        (dt.date(2025, 9, 11), "2025年9月11日", "二〇二五年九月十一日"),
        (dt.date(2025, 10, 20), "2025年10月20日", "二〇二五年十月二十日"),
        (dt.date(2026, 2, 2), "2026年2月2日", "二〇二六年二月二日"),
        (dt.date(2025, 12, 31), "2025年12月31日", "二〇二五年十二月三十一日"),
        (dt.date(2000, 1, 10), "2000年1月10日", "二〇〇〇年一月十日"),
        (dt.datetime(2025, 9, 3, 9, 30), "2025年9月3日", "二〇二五年九月三日"),
    ],
)
def test_format_date(day: dt.date, text: str, upper: str) -> None:
    assert format_date(day) == text
    assert format_date_upper(day) == upper


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (dt.datetime(2025, 10, 15, 9, 30), "2025年10月15日上午9时30分"),
        (dt.datetime(2025, 10, 15, 14, 30), "2025年10月15日下午2时30分"),
        (dt.datetime(2025, 10, 15, 12, 0), "2025年10月15日中午12时"),
        (dt.datetime(2025, 10, 15, 12, 30), "2025年10月15日中午12时30分"),
        (dt.datetime(2025, 10, 15, 19, 5), "2025年10月15日晚上7时5分"),
        (dt.datetime(2025, 10, 15, 0, 0), "2025年10月15日上午0时"),
        (dt.datetime(2025, 10, 15, 9, 0, 15), "2025年10月15日上午9时0分15秒"),
        (dt.date(2025, 10, 15), "2025年10月15日"),
    ],
)
def test_format_datetime(value: dt.date, text: str) -> None:
    assert format_datetime(value) == text


def test_format_datetime_round_trip() -> None:
    """Every hour and a spread of minutes read back to the same datetime."""
    for hour in range(24):
        for minute in (0, 5, 30, 59):
            value = dt.datetime(2025, 10, 15, hour, minute)
            assert parse_date(format_datetime(value)) == value, format_datetime(value)


def test_format_date_upper_round_trip() -> None:
    """Every day of three years written in Chinese numerals reads back to the same date."""
    day = dt.date(2024, 1, 1)
    while day.year < 2027:
        assert parse_date(format_date_upper(day)) == day
        assert parse_date(format_date(day)) == day
        day += dt.timedelta(days=1)


def test_weekday_zh() -> None:
    assert weekday_zh(dt.date(2025, 10, 20)) == "星期一"
    assert weekday_zh(dt.date(2025, 10, 26)) == "星期日"
    assert [weekday_zh(dt.date(2025, 10, d)) for d in range(20, 27)] == list(dates.WEEKDAYS_ZH)


def test_format_rejects_non_dates() -> None:
    for fn in (format_date, format_date_upper, format_datetime, weekday_zh):
        with pytest.raises(TypeError):
            fn("2025-10-20")  # type: ignore[arg-type]
