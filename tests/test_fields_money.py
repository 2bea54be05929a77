"""parse_amount, amount_in_words and format_amount (summons_kit.fields.money)."""

from __future__ import annotations

import random
from decimal import Decimal

import pytest
from conftest import corpus_rows, rejected

from summons_kit.errors import ParseError
from summons_kit.fields.money import amount_in_words, format_amount, parse_amount


@pytest.mark.parametrize("row", corpus_rows("amounts.tsv"), ids=lambda r: r["note"])
def test_corpus(row: dict[str, str]) -> None:
    if row["expected"] == "ERROR":
        rejected(parse_amount, row["input"])
        return
    value = parse_amount(row["input"])
    assert value == Decimal(row["expected"])
    assert value.as_tuple().exponent == -2  # quantized to the fen: str() shows two decimals
    assert str(value) == row["expected"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("人民币（大写）壹万元整", "10000.00"),
        ("（大写）人民币壹万贰仟叁佰肆拾伍元陆角柒分", "12345.67"),
        ("（小写）¥1,000.00", "1000.00"),
        ("小写：12,345.67元", "12345.67"),
        ("RMB 1,000", "1000.00"),
        ("rmb1000元", "1000.00"),
        ("CNY 12.5", "12.50"),
        ("１２，３４５．６７元", "12345.67"),
        ("人民币12345.67元整", "12345.67"),
        ("两万元", "20000.00"),
        ("两千零五元", "2005.00"),
        ("二百两元", None),  # 两 is not a digit after a unit
        ("十元零五分", "10.05"),
        ("壹拾元零伍分", "10.05"),
        ("壹佰元零伍角", "100.50"),
        ("伍分", "0.05"),
        ("叁角整", "0.30"),
        ("壹元贰角", "1.20"),
        ("贰拾万〇伍佰元整", "200500.00"),
        ("壹萬元整", "10000.00"),
        ("伍万", "50000.00"),
        ("1.5亿元", "150000000.00"),
        ("1.23456万元", "12345.60"),
        ("12元整", "12.00"),
        ("0元", "0.00"),
        ("零元整", "0.00"),
    ],
)
def test_forms(text: str, expected: str | None) -> None:
    if expected is None:
        with pytest.raises(ParseError):
            parse_amount(text)
        return
    assert parse_amount(text) == Decimal(expected)


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("-100元", "负数"),
        ("负一百元", "负数"),
        ("人民币-5元", "负数"),
        ("一百块", "口语"),
        ("五毛", "口语"),
        ("12.345元", "精确到分"),
        ("1.2345678万元", "精确到分"),
        ("12.345.67元", "多个小数点"),
        ("12,34元", "千分位"),
        ("1,2345元", "千分位"),
        ("5万3千元", "不是可识别的金额"),
        ("12元5角", "不是可识别的金额"),
        ("十百元", "写法有误"),
        ("元", "不是可识别的金额"),
        ("整", "不是可识别的金额"),
        ("abc", "不是可识别的金额"),
        ("人民币", "金额为空"),
        ("", "金额为空"),
    ],
)
def test_rejected(text: str, reason: str) -> None:
    with pytest.raises(ParseError) as err:
        parse_amount(text)
    assert err.value.text == text
    assert reason in err.value.reason
    assert f"“{text}”" in str(err.value) and err.value.reason_en in str(err.value)


@pytest.mark.parametrize(
    "text",
    [
        # the sample complaint's total, and the reverse forms complaints also use
        "人民币壹万壹仟伍佰柒拾陆元柒角柒分（¥11,576.77）",
        "¥11,576.77（壹万壹仟伍佰柒拾陆元柒角柒分）",
        "人民币11,576.77元（大写：壹万壹仟伍佰柒拾陆元柒角柒分）",
        "人民币11,576.77元（大写：人民币壹万壹仟伍佰柒拾陆元柒角柒分）",
        "（大写）人民币壹万壹仟伍佰柒拾陆元柒角柒分（小写：¥11,576.77）",
        "人民币壹万壹仟伍佰柒拾陆元柒角柒分 ( ￥11,576.77 )",
        "11576.77元(一万一千五百七十六元七角七分)",
    ],
)
def test_an_amount_with_its_other_form_in_brackets(text: str) -> None:
    assert parse_amount(text) == Decimal("11576.77")


@pytest.mark.parametrize(
    ("text", "reason", "reason_en"),
    [
        (
            "人民币壹万壹仟伍佰柒拾陆元柒角柒分（¥11,567.77）",
            "大写金额11,576.77元与括号中的小写金额11,567.77元不一致,其中一处有笔误",
            "the amount in words 11,576.77 and the amount in figures in brackets 11,567.77 disagree: "
            "one of them is a typo",
        ),
        (
            "¥11,576.70（壹万壹仟伍佰柒拾陆元柒角柒分）",
            "小写金额11,576.70元与括号中的大写金额11,576.77元不一致,其中一处有笔误",
            "the amount in figures 11,576.70 and the amount in words in brackets 11,576.77 disagree: "
            "one of them is a typo",
        ),
        (
            "人民币11,576.77元（大写：壹万壹仟伍佰柒拾陆元柒角）",
            "小写金额11,576.77元与括号中的大写金额11,576.70元不一致,其中一处有笔误",
            "the amount in figures 11,576.77 and the amount in words in brackets 11,576.70 disagree: "
            "one of them is a typo",
        ),
        (
            "10,000元（1.1万元）",
            "小写金额10,000.00元与括号中的小写金额11,000.00元不一致,其中一处有笔误",
            "the amount in figures 10,000.00 and the amount in figures in brackets 11,000.00 disagree: "
            "one of them is a typo",
        ),
    ],
)
def test_two_forms_that_disagree_name_both_values(text: str, reason: str, reason_en: str) -> None:
    with pytest.raises(ParseError) as err:
        parse_amount(text)
    assert (err.value.text, err.value.reason, err.value.reason_en) == (text, reason, reason_en)


@pytest.mark.parametrize(
    ("text", "reason", "reason_en"),
    [
        # the audit's case: a bracketed 大写 after the figures was reported as a misplaced comma
        (
            "¥11,57.77（壹万壹仟伍佰柒拾陆元柒角柒分）",
            "括号前的金额“¥11,57.77”有误:千分位逗号位置不对(应每三位一个,如12,345.67)",
            "the amount '¥11,57.77' before the brackets: misplaced grouping comma (one every three digits: 12,345.67)",
        ),
        (
            "¥11,576.77（壹万壹仟伍佰柒拾陆元柒角柒）",
            "括号中的金额“壹万壹仟伍佰柒拾陆元柒角柒”有误:不是可识别的金额(应如人民币12,345.67元)",
            "the amount '壹万壹仟伍佰柒拾陆元柒角柒' in brackets: not a recognised amount (e.g. 人民币12,345.67元)",
        ),
        (
            "10,000元（本金）",
            "括号中的金额“本金”有误:不是可识别的金额(应如人民币12,345.67元)",
            "the amount '本金' in brackets: not a recognised amount (e.g. 人民币12,345.67元)",
        ),
        ("10元()", "括号中的金额“”有误:金额为空", "the amount '' in brackets: the amount is empty"),
        (
            "-100元(负壹佰元)",
            "括号前的金额“-100元”有误:金额不能为负数",
            "the amount '-100元' before the brackets: an amount cannot be negative",
        ),
        (
            "10.005元(壹拾元)",
            "括号前的金额“10.005元”有误:金额只能精确到分(两位小数)",
            "the amount '10.005元' before the brackets: an amount is exact to the fen (two decimal places)",
        ),
        ("¥11,576.77（壹万壹仟", "金额中的括号不成对", "the brackets in the amount are not paired"),
        (
            "壹万元(¥10,000.00)(壹万元)",
            "金额后只能有一个括号(括号中写同一金额的另一种写法)",
            "only one bracket may follow an amount (the same amount in its other form)",
        ),
        (
            "(¥10,000.00)壹万元",
            "括号应在金额之后,写同一金额的另一种写法,如壹万元整(¥10,000.00)",
            "brackets follow the amount and hold its other form, as in 壹万元整(¥10,000.00)",
        ),
        ("¥11,576.77）", "金额中的括号不成对", "the brackets in the amount are not paired"),
        (
            "11,576.77元abc",
            "不是可识别的金额(应如12345.67元、1.2万元):数字后的“元abc”无法识别",
            "not a recognised amount (figures like 12345.67元 or 1.2万元): cannot read '元abc' after the figures",
        ),
    ],
)
def test_messages_name_the_real_problem(text: str, reason: str, reason_en: str) -> None:
    with pytest.raises(ParseError) as err:
        parse_amount(text)
    assert (err.value.text, err.value.reason, err.value.reason_en) == (text, reason, reason_en)


def test_decimal_and_int_input() -> None:
    assert parse_amount(Decimal("12.3")) == Decimal("12.30")
    assert parse_amount(5) == Decimal("5.00")
    with pytest.raises(ParseError):
        parse_amount(Decimal("-1"))
    with pytest.raises(ParseError):
        parse_amount(Decimal("NaN"))


@pytest.mark.parametrize("bad", [12.5, 0.0, True])
def test_float_is_refused(bad: object) -> None:
    with pytest.raises(TypeError, match="float"):
        parse_amount(bad)  # type: ignore[arg-type]
    if not isinstance(bad, bool):
        with pytest.raises(TypeError):
            amount_in_words(bad)  # type: ignore[arg-type]
        with pytest.raises(TypeError):
            format_amount(bad)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("amount", "words"),
    [
        # the examples
        ("12345.67", "人民币壹万贰仟叁佰肆拾伍元陆角柒分"),
        ("12345", "人民币壹万贰仟叁佰肆拾伍元整"),
        ("200500", "人民币贰拾万零伍佰元整"),
        # the examples of 《正确填写票据和结算凭证的基本规定》
        ("1409.50", "人民币壹仟肆佰零玖元伍角"),
        ("6007.14", "人民币陆仟零柒元壹角肆分"),
        ("1680.32", "人民币壹仟陆佰捌拾元叁角贰分"),  # the rule allows 零 after 元 or not
        ("107000.53", "人民币壹拾万柒仟元伍角叁分"),  # likewise 壹拾万零柒仟 / 壹拾万柒仟
        ("16409.02", "人民币壹万陆仟肆佰零玖元零贰分"),
        ("325.04", "人民币叁佰贰拾伍元零肆分"),
        # 壹拾 (never a bare 拾), zeros, 整
        ("10", "人民币壹拾元整"),
        ("16", "人民币壹拾陆元整"),
        ("1000010", "人民币壹佰万零壹拾元整"),
        ("100000000", "人民币壹亿元整"),
        ("10.05", "人民币壹拾元零伍分"),
        ("11576.77", "人民币壹万壹仟伍佰柒拾陆元柒角柒分"),
        ("17018.10", "人民币壹万柒仟零壹拾捌元壹角"),
        ("0", "人民币零元整"),
        ("0.01", "人民币壹分"),
    ],
)
def test_amount_in_words(amount: str, words: str) -> None:
    assert amount_in_words(Decimal(amount)) == words


def test_amount_in_words_prefix() -> None:
    assert amount_in_words(Decimal("0.30"), prefix="") == "叁角"
    assert amount_in_words(Decimal("5"), prefix="") == "伍元整"


@pytest.mark.parametrize("bad", [Decimal("-1"), Decimal("1.005"), Decimal("Infinity"), Decimal(10) ** 17])
def test_amount_in_words_rejects(bad: Decimal) -> None:
    with pytest.raises(ValueError):
        amount_in_words(bad)
    with pytest.raises(TypeError):
        amount_in_words("12")  # type: ignore[arg-type]


def test_words_read_back() -> None:
    """amount_in_words and parse_amount are inverses over a spread of amounts (fixed seed)."""
    rng = random.Random(20251020)
    values = [Decimal(rng.randrange(0, 10 ** rng.randint(1, 12))) / 100 for _ in range(3000)]
    for value in values:
        value = value.quantize(Decimal("0.01"))
        assert parse_amount(amount_in_words(value)) == value, amount_in_words(value)
        assert parse_amount(format_amount(value)) == value


@pytest.mark.parametrize(
    ("amount", "text"),
    [
        ("12345.67", "12,345.67"),
        ("0", "0.00"),
        ("0.5", "0.50"),
        ("1234567", "1,234,567.00"),
        ("999.99", "999.99"),
    ],
)
def test_format_amount(amount: str, text: str) -> None:
    assert format_amount(Decimal(amount)) == text
