"""Amounts of money: 人民币12,345.67元, ¥12,345.67, 1.2万元, 壹万贰仟叁佰肆拾伍元 -> Decimal, and back.

A complaint often writes an amount twice, the second form in brackets: 人民币壹万元整（¥10,000.00） or
¥10,000.00（大写：壹万元整）. Both forms are read and must agree; a disagreement is a typo in one of them.

Money is Decimal, never float: a float argument is a TypeError. cn2an reads the integer part of Chinese
numerals (strict mode: it rejects malformed numerals such as 十百) and writes 大写 amounts (its rmb mode
follows the rules of 《正确填写票据和结算凭证的基本规定》, checked in the tests); this module adds what cn2an
lacks: currency words and labels, grouping commas, 万/亿 after figures, 角 and 分 without float arithmetic,
两, and clear errors.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from decimal import ROUND_DOWN, Decimal

from summons_kit.errors import ParseError

__all__ = ["amount_in_words", "format_amount", "parse_amount"]

CENT = Decimal("0.01")
MAX_AMOUNT = Decimal(10) ** 16  # no claim reaches 一亿亿元; amount_in_words writes up to this

# --- Normalisation ------------------------------------------------------------------------------------------
# NFKC makes full-width digits, commas, dots, brackets and ￥ ASCII (￥ -> ¥); then spaces go, labels such as
# (大写) 小写: and currency words (人民币, RMB, CNY, ¥) are dropped, and the traditional numerals are
# simplified.
_SPACES = re.compile(r"\s+")
_NUMERAL_VARIANTS = str.maketrans({"萬": "万", "億": "亿", "貳": "贰", "參": "叁", "陸": "陆", "〇": "零", "圓": "元"})
_LABEL = re.compile(r"\((?:大写|小写)\)|(?:金额)?(?:大写|小写)[::]?|金额[::]")
_CURRENCY = re.compile(r"^(?:人民币|RMB|CNY|¥)+", re.IGNORECASE)

# An amount followed by the same amount in the other form, in brackets (NFKC made （） round).
_PAIR = re.compile(r"(?P<main>[^()]+)\((?P<alt>[^()]*)\)")

# --- Figures: 12,345.67 / 12345.67 / 1.2万 / 1.5亿, then 元 and 整 ------------------------------------------
# The digits are taken whole (so that a bad grouping comma is named as such), then what follows them.
_FIGURE = re.compile(r"(?P<int>[\d,]+)(?:\.(?P<frac>\d+))?(?P<tail>.*)")
_GROUPED = re.compile(r"\d{1,3}(?:,\d{3})+|\d+")
_TAIL = re.compile(r"(?P<unit>[万亿])?元?(?:整|正)?")
_MULTIPLIER = {None: 1, "万": 10_000, "亿": 100_000_000}

# --- Chinese numerals: 壹万贰仟叁佰肆拾伍元陆角柒分 / 一万二千三百四十五元 / 伍万元整 / 叁角 ----------------
_CN_INT = "[零一二三四五六七八九十百千万亿两壹贰叁肆伍陆柒捌玖拾佰仟]+"
_CN_ONE = "[零一二三四五六七八九两壹贰叁肆伍陆柒捌玖]"
_CHINESE = re.compile(
    rf"(?:(?P<yuan>{_CN_INT})元)?零?(?:(?P<jiao>{_CN_ONE})角)?零?(?:(?P<fen>{_CN_ONE})分)?(?:整|正)?"
    rf"|(?P<bare>{_CN_INT})"  # 伍万: integer yuan without the word 元
)
_CN_DIGIT = {c: i for i, c in enumerate("零一二三四五六七八九")} | {c: i for i, c in enumerate("零壹贰叁肆伍陆柒捌玖")}
_CN_DIGIT["两"] = 2
_COLLOQUIAL = re.compile(r"块|毛|蚊")


def parse_amount(text: str | Decimal | int) -> Decimal:
    """Read an amount of money as a pleading writes it; the result is quantized to 0.01 (fen).

    An amount followed by the same amount in the other form in brackets (人民币壹万元整（¥10,000.00）,
    ¥10,000.00（大写：壹万元整）) is read on both sides; the two must agree.

    Raises :class:`ParseError` (naming the text and the reason) for an empty, negative, malformed or
    colloquial amount (一百块), or two bracketed forms that disagree (naming both values), and ``TypeError``
    for a float.
    """
    if isinstance(text, bool) or isinstance(text, float):
        raise TypeError("金额不能是浮点数,请用字符串或 Decimal / money is never a float: pass a str or Decimal")
    if isinstance(text, int | Decimal):
        return _checked(str(text), Decimal(text))
    if not isinstance(text, str):
        raise TypeError(f"parse_amount expects a str or Decimal, got {type(text).__name__}")
    raw = text
    s = _SPACES.sub("", unicodedata.normalize("NFKC", raw)).translate(_NUMERAL_VARIANTS)
    s = _LABEL.sub("", s)
    if s.count("(") != s.count(")"):
        raise ParseError(raw, "金额中的括号不成对", "the brackets in the amount are not paired")
    if s.count("(") > 1:
        raise ParseError(
            raw,
            "金额后只能有一个括号(括号中写同一金额的另一种写法)",
            "only one bracket may follow an amount (the same amount in its other form)",
        )
    pair = _PAIR.fullmatch(s)
    if pair is not None:
        return _parse_pair(raw, pair["main"], pair["alt"])
    if "(" in s:
        raise ParseError(
            raw,
            "括号应在金额之后,写同一金额的另一种写法,如壹万元整(¥10,000.00)",
            "brackets follow the amount and hold its other form, as in 壹万元整(¥10,000.00)",
        )
    return _checked(raw, _parse_one(raw, s))


def _parse_one(raw: str, s: str) -> Decimal:
    """One amount, labels already removed: figures or Chinese numerals, with or without a currency word."""
    s = _CURRENCY.sub("", s)
    if not s:
        raise ParseError(raw, "金额为空", "the amount is empty")
    if s[0] in "-负":
        raise ParseError(raw, "金额不能为负数", "an amount cannot be negative")
    if _COLLOQUIAL.search(s):
        raise ParseError(raw, "“块”“毛”是口语,诉讼文书应写“元”“角”", "块/毛 are colloquial: a pleading writes 元/角")
    if s[0].isdigit():
        return _parse_figure(raw, s)
    m = _CHINESE.fullmatch(s)
    if m is None or not any(m.group("yuan", "jiao", "fen", "bare")):
        raise ParseError(
            raw, "不是可识别的金额(应如人民币12,345.67元)", "not a recognised amount (e.g. 人民币12,345.67元)"
        )
    yuan = _cn_integer(raw, m["yuan"] or m["bare"]) if (m["yuan"] or m["bare"]) else 0
    jiao, fen = (_CN_DIGIT[m[g]] if m[g] else 0 for g in ("jiao", "fen"))
    return Decimal(yuan) + Decimal(jiao) / 10 + Decimal(fen) / 100


def _parse_pair(raw: str, main: str, alt: str) -> Decimal:
    """人民币壹万元整(¥10,000.00), ¥10,000.00(壹万元整): both forms are read and must be the same amount."""
    values: list[Decimal] = []
    for where, where_en, part in (("括号前", "before the brackets", main), ("括号中", "in brackets", alt)):
        try:
            values.append(_checked(raw, _parse_one(raw, part)))
        except ParseError as e:
            raise ParseError(
                raw, f"{where}的金额“{part}”有误:{e.reason}", f"the amount {part!r} {where_en}: {e.reason_en}"
            ) from None
    first, second = values
    if first != second:
        (zh1, en1), (zh2, en2) = _form(main), _form(alt)
        raise ParseError(
            raw,
            f"{zh1}{format_amount(first)}元与括号中的{zh2}{format_amount(second)}元不一致,其中一处有笔误",
            f"{en1} {format_amount(first)} and {en2} in brackets {format_amount(second)} disagree: "
            "one of them is a typo",
        )
    return first


def _form(part: str) -> tuple[str, str]:
    """What kind of amount ``part`` is, for a message: (Chinese, English)."""
    return ("小写金额", "the amount in figures") if re.search(r"\d", part) else ("大写金额", "the amount in words")


def _parse_figure(raw: str, s: str) -> Decimal:
    if s.count(".") > 1:
        raise ParseError(raw, "金额有多个小数点", "the amount has more than one decimal point")
    m = _FIGURE.fullmatch(s)
    assert m is not None  # s starts with a digit; the tail takes the rest
    if not _GROUPED.fullmatch(m["int"]):
        raise ParseError(
            raw,
            "千分位逗号位置不对(应每三位一个,如12,345.67)",
            "misplaced grouping comma (one every three digits: 12,345.67)",
        )
    tail = _TAIL.fullmatch(m["tail"])
    if tail is None:
        raise ParseError(
            raw,
            f"不是可识别的金额(应如12345.67元、1.2万元):数字后的“{m['tail']}”无法识别",
            f"not a recognised amount (figures like 12345.67元 or 1.2万元): cannot read {m['tail']!r} "
            "after the figures",
        )
    return Decimal(m["int"].replace(",", "") + "." + (m["frac"] or "0")) * _MULTIPLIER[tail["unit"]]


def _cn_integer(raw: str, numerals: str) -> int:
    """The integer part in Chinese numerals, read by cn2an in strict mode (两 is written 二 for it)."""
    import cn2an  # imported here: slow to import, needed only for Chinese numerals

    try:
        return int(cn2an.cn2an(numerals.replace("两", "二"), "strict"))
    except ValueError:
        raise ParseError(
            raw, f"中文数字“{numerals}”写法有误", f"the Chinese numeral {numerals!r} is malformed"
        ) from None


def _checked(raw: str, value: Decimal) -> Decimal:
    if not value.is_finite():
        raise ParseError(raw, "不是有限的金额", "not a finite amount")
    if value < 0:
        raise ParseError(raw, "金额不能为负数", "an amount cannot be negative")
    if value >= MAX_AMOUNT:  # also keeps quantize() inside the decimal context's 28 digits
        raise ParseError(raw, "金额过大,不是真实的金额", "the amount is too large to be real")
    fen = value.quantize(CENT, rounding=ROUND_DOWN)  # value itself, to the fen, when it is exact to the fen
    if value != fen:
        raise ParseError(raw, "金额只能精确到分(两位小数)", "an amount is exact to the fen (two decimal places)")
    return fen


def _decimal_amount(amount: object, what: str) -> Decimal:
    """``amount`` as a non-negative Decimal exact to the fen, for the writing functions."""
    if isinstance(amount, bool) or isinstance(amount, float):
        raise TypeError("金额不能是浮点数,请用 Decimal / money is never a float: pass a Decimal")
    if not isinstance(amount, int | Decimal):
        raise TypeError(f"{what} expects a Decimal, got {type(amount).__name__}")
    try:  # the message below names the amount itself (the ParseError's raw text is not used)
        return _checked("", amount if type(amount) is Decimal else Decimal(amount))
    except ParseError as e:
        raise ValueError(f"{what}: 金额{amount}有误:{e.reason} / amount {amount}: {e.reason_en}") from None


def amount_in_words(amount: Decimal, prefix: str = "人民币") -> str:
    """The 大写 form of an amount: 人民币壹万贰仟叁佰肆拾伍元陆角柒分, 人民币贰拾万零伍佰元整.

    With ``prefix=""``: 叁角.

    整 follows 元 when there is no 角 or 分; 零 stands for a run of zeros inside the number and after 元 when
    角 is 0 but 分 is not (壹拾元零伍分). Where the rules allow either, cn2an omits the optional 零
    (壹仟陆佰捌拾元叁角贰分).
    """
    value = _decimal_amount(amount, "amount_in_words")
    if value >= Decimal(10) ** 16:
        raise ValueError(f"金额{value}过大 / amount {value} is too large to write in words")
    return prefix + _rmb_words(format(value, "f"))


@functools.lru_cache(maxsize=4096)
def _rmb_words(digits: str) -> str:
    """cn2an's 大写 form of ``digits`` (cached: a batch prints the same few amounts again and again)."""
    import cn2an  # imported here: slow to import

    return str(cn2an.an2cn(digits, "rmb"))


def format_amount(amount: Decimal) -> str:
    """12,345.67: grouping commas and two decimals, as the figures of a pleading."""
    return f"{_decimal_amount(amount, 'format_amount'):,.2f}"
