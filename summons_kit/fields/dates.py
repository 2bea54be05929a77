"""Dates and times as Chinese court papers write them.

:func:`parse_date` reads 2025年10月20日, 二〇二五年十月二十日上午九时三十分, 2025年10月20日(星期一)下午2:30,
2025-10-20 14:30 and their variants with a small hand-written parser (the *fast path*): a normalisation
pipeline turns every variant into one canonical spelling (ASCII digits and punctuation, no spaces), then a few
anchored regexes read the date, an optional weekday, an optional time of day (with an optional end time) and
an optional range end date, in that order. A range (2025年10月20日至10月25日, 上午9时至11时) is read as its
start; its end must be valid and not before the start. Anything left over is an error.

dateparser is only a fallback for text in which the fast path finds no date at all (e.g. "Oct 20, 2025"); it
is never asked about text the fast path rejected (2月30日, 25时, a weekday that contradicts the date), nor
about relative words.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import unicodedata
from typing import NoReturn

from summons_kit.errors import ParseError

__all__ = ["day_of", "format_date", "format_date_upper", "format_datetime", "format_time", "parse_date", "weekday_zh"]

WEEKDAYS_ZH = ("星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日")
_WEEKDAYS_EN = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MIN_YEAR, MAX_YEAR = 1900, 2100  # a year outside this range is a typo (0202年, 20255年), not a court date

# --- Step 1 of the pipeline: character-level normalisation --------------------------------------------------
# NFKC turns full-width digits, letters and punctuation (２０２５, （）, ：, ．, ／, －, ～, the ideographic
# space) into ASCII. This table then maps the traditional characters dates use to simplified ones, dash
# variants to "-" and the other brackets to ().
_CHARS = str.maketrans(
    {
        "點": "点", "時": "时", "號": "号", "週": "周", "禮": "礼", "兩": "两",
        "—": "-", "–": "-", "‐": "-", "‑": "-", "−": "-", "〜": "~",
        "【": "(", "】": ")", "〔": "(", "〕": ")",
        "廿": "二十", "卅": "三十",  # 廿五日 = 二十五日
    }
)  # fmt: skip
# The Latin letter O typed for 〇 (二O二五), or the digit 0 OCR reads for it (二0二六), only next to a Chinese
# numeral.
_LETTER_O = re.compile(r"(?<=[〇零一二三四五六七八九])[Oo0]|[Oo0](?=[〇零一二三四五六七八九])")
# 元月 = January (二〇二五年元月五日); only right after a year or at the start, never inside a word.
_FIRST_MONTH = re.compile(r"(^|年)元月")
# Spaces: "2025 年 10 月 20 日" (copied from a PDF) has spaces around every character. Drop spaces next to a
# CJK character or a separator; keep a single space only between two ASCII tokens ("2025-10-20 14:30").
_SPACES = re.compile(r"\s+")
_SPACE_AROUND = re.compile(r" ?([^\x00-\x7f]|[-/.:~()]) ?")

# --- Step 2: Chinese numerals to Arabic digits --------------------------------------------------------------
_CN_DIGIT = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {"零": 0, "两": 2}
_CN_RUN = re.compile(r"[〇零一二两三四五六七八九十]+")
_CN_TENS = re.compile(r"([一二三四五六七八九]?)十([一二三四五六七八九]?)")  # 十, 十五, 二十, 三十一


def _cn_to_arabic(run: str) -> str | None:
    """二〇二五 -> 2025 (digit by digit), 二十一 -> 21, 十 -> 10; None for a malformed run (二十十)."""
    if "十" not in run:
        return "".join(str(_CN_DIGIT[c]) for c in run)
    m = _CN_TENS.fullmatch(run)
    if m is None:
        return None
    tens = _CN_DIGIT[m[1]] if m[1] else 1
    return str(tens * 10 + (_CN_DIGIT[m[2]] if m[2] else 0))


# --- Step 3: the grammar, read left to right on the normalised text -----------------------------------------
_DATE = re.compile(
    # 2025年10月20日 / 2025年10月20号 / 2016年6月29 (日 left out, as papers and OCR sometimes have it)
    r"(?P<y>\d{4})年(?P<m>\d{1,2})月(?P<d>\d{1,2})(?:[日号]|(?!\d))"
    r"|(?P<m2>\d{1,2})月(?P<d2>\d{1,2})[日号]"  # 10月20日: no year, needs a reference date
    # 2025-10-20 2025.10.20 2025/10/20 (the same separator twice)
    r"|(?P<y3>\d{4})(?P<sep>[-./])(?P<m3>\d{1,2})(?P=sep)(?P<d3>\d{1,2})日?"
    r"|(?P<y4>\d{4})(?P<m4>\d{2})(?P<d4>\d{2})(?!\d)"  # 20251020
)
# (星期一) 周一 礼拜天, and the bare weekday in brackets of forms and calendars: (日) (二); the numerals are
# digits by now.
_WEEKDAY = re.compile(r"\(?(?:星期|周|礼拜)(?P<wd>[1-6日天])\)?|\((?P<wd2>[1-6日天])\)")
# 晚8:00 and 早8:30 are the short forms of 晚上 and 早上 (longest first, so 晚上 is not read as 晚).
_PERIOD = "上午|下午|中午|晚上|早上|凌晨|傍晚|夜间|夜里|早晨|晚|早"
_TIME = re.compile(
    rf"[T ]?(?P<period>{_PERIOD})?(?P<h>\d{{1,2}})"
    # 9时30分 9点30 3点半 9点一刻 9时整 14时
    r"(?:[时点](?:(?P<half>半)|(?P<quarter>[13])刻|整|(?P<min>\d{1,2})分?(?:(?P<sec>\d{1,2})秒)?)?"
    r"|:(?P<min2>\d{2})(?::(?P<sec2>\d{2}))?)"  # 9:30, 14:30:00
    r"(?:整)?"  # 9:00整, 9时30分整
)
# A copied field label: 应到时间:, 签收日期:, or run into the value without a separator (应到时间2025年……).
_LABEL = re.compile(r"^(?:[^\x00-\x7f\d]{2,8}:|[^\x00-\x7f\d]{0,6}(?:时间|日期))(?=\d)")
# 上午9时30分至11时30分, 9:30-11:30, 2025年10月20日至10月25日: the start counts; the end must still be valid.
# —, – and ～ are "-" and "~" by now; —— (typed as the Chinese dash) is "--".
_RANGE = re.compile(r"至|到|~|-{1,2}")
# The end of a date range: any start form, or a day alone (2025年10月20日-25日: year and month of the start).
_END_DATE = re.compile(_DATE.pattern + r"|(?P<d5>\d{1,2})[日号]")

# Forms recognised as dates but not accepted (for a precise message), and words that are never a court date.
_HAS_DATE_MARK = re.compile(r"[年月日号]|\d{4}[-./]\d|\d[-./]\d{1,2}[-./]\d{4}|星期|周|礼拜")
_SHORT_YEAR = re.compile(r"^\d{2}年\d{1,2}月")
_YEAR_LAST = re.compile(r"^\d{1,2}[-./]\d{1,2}[-./]\d{4}")
# 2023年9月 (自2023年9月起), 9月, 2023-09: a month without a day, anywhere in the text.
_MONTH_ONLY = re.compile(r"(?:(?P<y>\d{4})年)?(?P<m>\d{1,2})月(?!\d)|^(?P<y2>\d{4})[-./](?P<m2>\d{1,2})$")
_YEAR_ONLY = re.compile(r"^\d{4}年$")
_RELATIVE = re.compile(
    r"今天|明天|后天|昨天|前天|今日|明日|昨日|次日|翌日|当天|当日|本日|今晚|明早|"
    r"[上下本这][周月]|[上下这]个?(?:星期|礼拜|月)|今年|明年|去年|后年|前年|(?<![月\d])\d+(?:天|日|周|个月|个?星期|年)[后前内]|"
    r"\b(?:today|tomorrow|yesterday|tonight|now|next|last|ago)\b",
    re.IGNORECASE,
)
_TIME_HINT = re.compile(r"\d:\d|[ap]\.?m\b|时|点|o'clock", re.IGNORECASE)


def parse_date(text: str, reference: dt.date | None = None) -> dt.date | dt.datetime:
    """Read a date as court papers write it: a ``datetime`` when the text has a time of day, else a ``date``.

    A date without a year (10月20日) is the first such day on or after ``reference``. Raises
    :class:`ParseError` naming the text and what is wrong for an impossible date or time, a relative date
    (明天), a weekday that contradicts the date, or text that is not a date.
    """
    if not isinstance(text, str):
        raise TypeError(f"parse_date expects a str, got {type(text).__name__}")
    result = _court_form(text, reference)
    return result if result is not None else _fallback(text)


@functools.lru_cache(maxsize=4096, typed=True)
def _court_form(raw: str, reference: dt.date | None) -> dt.date | dt.datetime | None:
    """:func:`parse_date` by the court-form parser (None: no date form at all, dateparser's turn). Cached: a pure
    function of the text and the reference with an immutable result (a batch repeats dates: a court's hearing
    days, one service date); an error is not cached, it is raised again."""
    s = _normalise(raw)
    if not s:
        raise ParseError(raw, "日期为空", "the date is empty")
    if _RELATIVE.search(s):
        raise ParseError(
            raw,
            "相对日期(今天、明天、下周一等)不是确定的日期,请写明年月日",
            "a relative date (today, tomorrow, next Monday...) is not a fixed date: give year, month, day",
        )
    return _fast_parse(raw, s, reference)


def _normalise(raw: str) -> str:
    """The canonical spelling: ASCII digits and punctuation, simplified characters, Arabic numbers."""
    s = _SPACES.sub(" ", unicodedata.normalize("NFKC", raw).translate(_CHARS).strip())
    if " " in s:  # (without a space the substitution gives s back, slowly: it matches every CJK character)
        s = _SPACE_AROUND.sub(r"\1", s)
    s = _LETTER_O.sub("〇", s)
    if "元月" in s:
        s = _FIRST_MONTH.sub(r"\g<1>1月", s)
    return _CN_RUN.sub(lambda m: _cn_run_or_fail(raw, m[0]), s)


def _cn_run_or_fail(raw: str, run: str) -> str:
    arabic = _cn_to_arabic(run)
    if arabic is None:
        raise ParseError(raw, f"数字“{run}”写法有误", f"the numeral {run!r} is malformed")
    return arabic


def _fast_parse(raw: str, s: str, reference: dt.date | None) -> dt.date | dt.datetime | None:
    """The court-form parser. None when ``s`` holds no date form at all (the caller then tries dateparser)."""
    s = _LABEL.sub("", s)  # 应到时间:2025年10月20日 -> 2025年10月20日
    m = _DATE.match(s)
    if m is None:
        if _TIME.fullmatch(s):
            raise ParseError(raw, "只有时间,没有日期", "a time alone is not a date")
        if _HAS_DATE_MARK.search(s):
            _diagnose(raw, s)
        return None
    day = _make_date(raw, m, reference)
    if m.end() == len(s):  # the date alone, as most fields hold it
        return day
    at, rest = _read_point(raw, day, s[m.end() :])
    sep, after = _take(_RANGE, rest)
    if sep is not None:  # 2025年10月20日至10月25日: the start counts, the end is checked
        if not after:
            raise ParseError(raw, f"时间段“{sep[0]}”后缺少结束日期", f"the range has no end date after {sep[0]!r}")
        end = _END_DATE.match(after)
        if end is None:
            raise ParseError(
                raw,
                f"时间段的结束日期“{after}”无法识别(应如10月25日、25日或2025年10月25日)",
                f"cannot read the end date {after!r} of the range (expected e.g. 10月25日, 25日 or 2025年10月25日)",
            )
        _, rest = _read_point(raw, _range_end(raw, end, day), after[end.end() :])
    if rest:
        raise ParseError(
            raw,
            f"日期后的“{rest}”无法识别(应为星期或时间)",
            f"cannot read {rest!r} after the date (expected a weekday or time)",
        )
    return day if at is None else dt.datetime.combine(day, at)


def _read_point(raw: str, day: dt.date, s: str) -> tuple[dt.time | None, str]:
    """What may follow a date: a weekday, a time (with the end of a time range), a weekday. The weekday is
    checked against ``day``. Returns (the time or None, what is left)."""
    weekday, s = _take(_WEEKDAY, s)
    time, s = _take(_TIME, s)
    at: dt.time | None = None
    if time is not None:
        at = _make_time(raw, time)
        sep, after = _take(_RANGE, s)
        if sep is not None and not _END_DATE.match(after):  # 9:30-11:30, not 9:30至10月21日
            end, after = _take(_TIME, after)
            if end is None:
                raise ParseError(raw, f"时间段的结束时间“{after}”无法识别", f"cannot read the end time {after!r}")
            _make_time(raw, end)  # the end of a range must be a valid time too; the start is what counts
            s = after
    if weekday is None:
        weekday, s = _take(_WEEKDAY, s)  # 上午9:30(星期一)
    if weekday is not None:
        _check_weekday(raw, day, weekday["wd"] or weekday["wd2"])
    return at, s


def _range_end(raw: str, m: re.Match[str], start: dt.date) -> dt.date:
    """The end date of a range that starts on ``start``; an error when it is impossible or before the start.

    A full date stands as written. 10月25日 takes the start's year, or the next year when its month comes
    before the start's (2025年12月29日至1月2日); 25日 takes the start's year and month.
    """
    try:
        if m["y"] or m["y3"] or m["y4"]:
            end = _make_date(raw, m, None)
        elif m["m2"]:
            month, day = int(m["m2"]), int(m["d2"])
            end = _ymd(raw, start.year + (1 if month < start.month else 0), month, day)
        else:
            end = _ymd(raw, start.year, start.month, int(m["d5"]))
    except ParseError as e:
        raise ParseError(
            raw, f"时间段的结束日期有误:{e.reason}", f"the end date of the range is wrong: {e.reason_en}"
        ) from None
    if end < start:
        raise ParseError(
            raw,
            f"时间段的结束日期{format_date(end)}早于开始日期{format_date(start)},其中一处有笔误",
            f"the range ends on {end.isoformat()}, before it starts on {start.isoformat()}: "
            "one of the two dates is a typo",
        )
    return end


def _take(pattern: re.Pattern[str], s: str) -> tuple[re.Match[str] | None, str]:
    """Match ``pattern`` at the start of ``s``: (the match, what is left)."""
    m = pattern.match(s)
    return (m, s[m.end() :]) if m else (None, s)


def _diagnose(raw: str, s: str) -> NoReturn:
    """``s`` looks like a date but is not one of the accepted forms: say why."""
    if _SHORT_YEAR.match(s):
        raise ParseError(raw, "年份应写全四位(如2025年)", "write the year in full, with four digits (2025年)")
    if _YEAR_LAST.match(s):
        raise ParseError(
            raw,
            "日期应按年、月、日的顺序书写(如2025-10-20);日/月/年顺序有歧义",
            "write the date year first (2025-10-20); day/month/year order is ambiguous",
        )
    month_only = _MONTH_ONLY.search(s)
    if month_only is not None:  # 2023年9月, 自2023年9月起: a deadline needs the day
        year, month = month_only["y"] or month_only["y2"], int(month_only["m"] or month_only["m2"])
        example = f"{int(year)}年{month}月1日" if year else f"{month}月1日"
        raise ParseError(
            raw,
            f"日期不完整,缺少日:需要具体日期,如{example}",
            f"the date is incomplete: the day is missing (a full date is needed, e.g. {example})",
        )
    if _YEAR_ONLY.match(s):
        raise ParseError(raw, "日期不完整,应写明年、月、日", "the date is incomplete: give year, month and day")
    if _WEEKDAY.fullmatch(s):
        raise ParseError(raw, "只有星期,没有日期", "a weekday alone is not a date")
    raise ParseError(
        raw,
        "不是可识别的日期格式(应如2025年10月20日上午9时30分)",
        "not a recognised date form (expected e.g. 2025年10月20日上午9时30分)",
    )


def _make_date(raw: str, m: re.Match[str], reference: dt.date | None) -> dt.date:
    year_s = m["y"] or m["y3"] or m["y4"]
    month = int(m["m"] or m["m2"] or m["m3"] or m["m4"])
    day = int(m["d"] or m["d2"] or m["d3"] or m["d4"])
    if not 1 <= month <= 12:
        raise ParseError(raw, f"没有{month}月", f"there is no month {month}")
    if year_s is None:
        return _next_such_day(raw, month, day, reference)
    return _ymd(raw, int(year_s), month, day)


def _ymd(raw: str, year: int, month: int, day: int) -> dt.date:
    """The date ``year``-``month``-``day``, or an error naming the part that cannot be."""
    if not 1 <= month <= 12:
        raise ParseError(raw, f"没有{month}月", f"there is no month {month}")
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise ParseError(
            raw,
            f"年份{year}不在{MIN_YEAR}—{MAX_YEAR}之间,疑为笔误",
            f"year {year} is outside {MIN_YEAR}-{MAX_YEAR}",
        )
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise ParseError(raw, f"{year}年{month}月没有{day}日", f"there is no day {day} in {year}-{month:02d}") from None


def _next_such_day(raw: str, month: int, day: int, reference: dt.date | None) -> dt.date:
    """The first ``month``/``day`` on or after ``reference`` (a 2月29日 may be up to eight years away)."""
    if reference is None:
        raise ParseError(
            raw,
            "日期未写年份,需要参照日期(reference)才能确定是哪一年",
            "the date has no year: a reference date is needed to tell which year",
        )
    if isinstance(reference, dt.datetime):
        reference = reference.date()
    for year in range(reference.year, reference.year + 9):
        try:
            candidate = dt.date(year, month, day)
        except ValueError:
            continue
        if candidate >= reference:
            return candidate
    raise ParseError(raw, f"没有{month}月{day}日", f"there is no day {day} in month {month}")


# 下午/晚上 add 12 to a 12-hour clock time; a 24-hour time after them stays as written (下午14:30 is 14:30).
_PM = {"下午", "傍晚", "晚上", "晚", "夜间", "夜里"}
_AM = {"上午", "早上", "早晨", "早", "凌晨"}


def _make_time(raw: str, m: re.Match[str]) -> dt.time:
    hour = int(m["h"])
    minute = int(m["min"] or m["min2"] or 0) + (30 if m["half"] else 0) + (15 * int(m["quarter"] or 0))
    second = int(m["sec"] or m["sec2"] or 0)
    period = m["period"]
    if hour > 23:
        raise ParseError(raw, f"没有{hour}时(一天为0—23时)", f"there is no hour {hour} (hours run 0-23)")
    if minute > 59:
        raise ParseError(raw, f"没有{minute}分(一小时为0—59分)", f"there is no minute {minute} (minutes run 0-59)")
    if second > 59:
        raise ParseError(raw, f"没有{second}秒", f"there is no second {second}")
    hour = _apply_period(raw, period, hour)
    return dt.time(hour, minute, second)


def _apply_period(raw: str, period: str | None, hour: int) -> int:
    """The 24-hour hour of ``hour`` said with ``period`` (上午, 下午, ...)."""
    if period is None:
        return hour
    contradiction = ParseError(raw, f"“{period}”与{hour}时自相矛盾", f"{period} and {hour}h contradict each other")
    if period in _AM:
        if hour > (6 if period == "凌晨" else 12):
            raise contradiction
        return hour
    if period == "中午":  # 中午12时, 中午1点 = 13:00
        if hour in (11, 12, 13, 14):
            return hour
        if hour in (1, 2):
            return hour + 12
        raise contradiction
    if period in ("晚上", "晚", "夜间", "夜里") and not (6 <= hour <= 11 or 18 <= hour <= 23):
        # 晚上12点, 晚上1点: this night or the next? Ask for a 24-hour time of the right day.
        raise ParseError(
            raw,
            f"“{period}{hour}点”有歧义(当日还是次日?),请写成次日的24小时制时间,如次日0时",
            f"{period} {hour}h is ambiguous (this day or the next?): give the next day's 24-hour time",
        )
    if hour == 0:
        raise contradiction
    return hour + 12 if hour < 12 else hour


def _check_weekday(raw: str, day: dt.date, written: str) -> None:
    index = 6 if written in ("日", "天") else int(written) - 1
    if day.weekday() != index:
        raise ParseError(
            raw,
            f"{format_date(day)}是{WEEKDAYS_ZH[day.weekday()]},与所写的{WEEKDAYS_ZH[index]}不符,日期或星期有一处笔误",
            f"{day.isoformat()} is a {_WEEKDAYS_EN[day.weekday()]}, not a {_WEEKDAYS_EN[index]}: "
            "either the date or the weekday is a typo",
        )


def _fallback(raw: str) -> dt.date | dt.datetime:
    """dateparser, for text with no court date form at all (English month names and the like).

    Only absolute dates with day, month and year are accepted; a result without a time in the text is a date.
    """
    import dateparser  # imported here: it is slow to import and rarely needed

    settings = {
        "STRICT_PARSING": True,
        "REQUIRE_PARTS": ["day", "month", "year"],
        "PARSERS": ["custom-formats", "absolute-time"],
        "DATE_ORDER": "YMD",
        "RETURN_AS_TIMEZONE_AWARE": False,
    }
    try:
        found = dateparser.parse(raw, languages=["zh", "en"], settings=settings)
    except (ValueError, OverflowError):
        found = None
    if found is None or not MIN_YEAR <= found.year <= MAX_YEAR:
        raise ParseError(
            raw,
            "不是可识别的日期(应如2025年10月20日上午9时30分)",
            "not a recognised date (expected e.g. 2025年10月20日上午9时30分)",
        )
    found = found.replace(tzinfo=None, microsecond=0)
    if found.time() == dt.time(0) and not _TIME_HINT.search(raw):
        return found.date()
    return found


# --- Formatting ---------------------------------------------------------------------------------------------
_UPPER_DIGITS = "〇一二三四五六七八九"


def _check_date(d: object) -> dt.date:
    if not isinstance(d, dt.date):
        raise TypeError(f"expected a datetime.date or datetime.datetime, got {type(d).__name__}")
    return d


def format_date(d: dt.date) -> str:
    """2025年9月11日 (the date part of a datetime)."""
    d = _check_date(d)
    return f"{d.year}年{d.month}月{d.day}日"


def _upper_number(n: int) -> str:
    """1..31 in Chinese numerals: 9 -> 九, 10 -> 十, 11 -> 十一, 20 -> 二十, 31 -> 三十一."""
    tens, units = divmod(n, 10)
    head = "" if tens == 0 else ("十" if tens == 1 else _UPPER_DIGITS[tens] + "十")
    return head + (_UPPER_DIGITS[units] if units else "")


def format_date_upper(d: dt.date) -> str:
    """二〇二五年九月十一日: the form of the date under a court seal or a signature."""
    d = _check_date(d)
    year = "".join(_UPPER_DIGITS[int(c)] for c in str(d.year))
    return f"{year}年{_upper_number(d.month)}月{_upper_number(d.day)}日"


def format_datetime(x: dt.date | dt.datetime) -> str:
    """2025年10月15日上午9时30分; a date alone as :func:`format_date`.

    The period follows the hour: 上午 0-11, 中午 12, 下午 13-17, 晚上 18-23. Seconds only when not 0.
    """
    x = _check_date(x)
    if not isinstance(x, dt.datetime):
        return format_date(x)
    return f"{format_date(x)}{format_time(x)}"


def day_of(value: dt.date | dt.datetime) -> dt.date:
    """The calendar day of a date or a datetime (a hearing's day, a deadline counted from a served datetime)."""
    return value.date() if isinstance(value, dt.datetime) else value


def format_time(x: dt.datetime) -> str:
    """上午9时30分: the time of day as a summons writes it (periods as in :func:`format_datetime`)."""
    h = x.hour
    period, shown = (
        ("上午", h) if h < 12 else ("中午", 12) if h == 12 else ("下午", h - 12) if h < 18 else ("晚上", h - 12)
    )
    text = f"{period}{shown}时"
    if x.minute or x.second:
        text += f"{x.minute}分"
    if x.second:
        text += f"{x.second}秒"
    return text


def weekday_zh(d: dt.date) -> str:
    """星期一 ... 星期日."""
    return WEEKDAYS_ZH[_check_date(d).weekday()]
