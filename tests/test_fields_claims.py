"""parse_rate and parse_claim (summons_kit.fields.claims), on the claims of the sample complaints."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest

from summons_kit.errors import ParseError
from summons_kit.fields.claims import ClaimKind, parse_claim, parse_rate

CORPUS = Path(__file__).parent / "corpus"
K = ClaimKind


def _claim_lines(name: str) -> list[str]:
    """The lines of the 诉讼请求 section of a sample complaint."""
    text = (CORPUS / f"complaint_{name}.txt").read_text(encoding="utf-8")
    block = text.split("诉讼请求：", 1)[1].split("事实与理由", 1)[0]
    return [line.strip() for line in block.splitlines() if line.strip()]


# What a lawyer reads in each line: kinds, amount, interest from / to, annual rate (and day count), parts.
WEILIDAI = [
    ((K.PRINCIPAL,), "15600.00", None, None, None, [(K.PRINCIPAL, "15600.00")]),
    (
        (K.INTEREST, K.PENALTY_INTEREST, K.COMPOUND_INTEREST),
        "1418.10",
        None,
        dt.date(2025, 7, 31),
        None,
        [(K.INTEREST, "312.50"), (K.PENALTY_INTEREST, "1046.88"), (K.COMPOUND_INTEREST, "58.72")],
    ),
    ((K.PENALTY_INTEREST, K.COMPOUND_INTEREST), None, dt.date(2025, 8, 1), None, ("27.375", 365), []),
    ((K.COURT_COSTS,), None, None, None, None, []),
    ((K.OTHER,), "17018.10", None, None, None, []),  # 以上第1、2项合计: a total line, not a claim of its own
]
CREDIT_CARD = [
    ((K.PRINCIPAL,), "9876.54", None, None, None, [(K.PRINCIPAL, "9876.54")]),
    (
        (K.INTEREST, K.DAMAGES, K.OTHER),
        "1700.23",  # no 合计 in the text: the sum of the parts
        None,
        dt.date(2025, 6, 30),
        None,
        [(K.INTEREST, "1234.56"), (K.DAMAGES, "345.67"), (K.OTHER, "120.00")],
    ),
    ((K.INTEREST,), None, dt.date(2025, 7, 1), None, ("18.25", 365), []),
    ((K.COURT_COSTS,), None, None, None, None, []),
    ((K.OTHER,), "11576.77", None, None, None, []),  # 壹万壹仟…（¥11,576.77）counted once
]


@pytest.mark.parametrize(
    ("name", "expected"),
    [("weilidai", WEILIDAI), ("credit_card", CREDIT_CARD)],
    ids=["weilidai", "credit_card"],
)
def test_sample_claims(name: str, expected: list[tuple]) -> None:
    lines = _claim_lines(name)
    assert len(lines) == len(expected)
    for line, (kinds, amount, start, end, rate, parts) in zip(lines, expected, strict=True):
        info = parse_claim(line)
        assert info.raw == line
        assert info.kinds == kinds, line
        assert info.amount == (None if amount is None else Decimal(amount)), line
        assert (info.interest_from, info.interest_to) == (start, end), line
        if rate is None:
            assert info.rate is None, line
        else:
            assert info.rate is not None
            assert (info.rate.annual, info.rate.day_count) == (Decimal(rate[0]), rate[1]), line
        assert [(k, str(a)) for k, a in info.parts] == [(k, a) for k, a in parts], line


def test_base_amount_is_not_the_claim_amount() -> None:
    """以未偿还本金15,600.00元为基数: 15,600 is what interest is computed on, not what claim 3 asks for."""
    info = parse_claim(_claim_lines("weilidai")[2])
    assert info.amount is None
    assert ClaimKind.PRINCIPAL not in info.kinds
    assert info.rate is not None and info.rate.raw == "日利率0.075%"


@pytest.mark.parametrize(
    ("text", "kinds", "amount"),
    [
        ("判令被告支付律师费人民币3,000元", (K.COLLECTION_COSTS,), "3000.00"),
        ("判令被告支付实现债权的费用（律师费）5000元", (K.COLLECTION_COSTS,), "5000.00"),
        ("判令被告支付逾期利息人民币500元", (K.PENALTY_INTEREST,), "500.00"),
        ("判令被告支付滞纳金200元", (K.DAMAGES,), "200.00"),
        (
            "判令被告支付利息、罚息、复利合计人民币1,418.10元",
            (K.INTEREST, K.PENALTY_INTEREST, K.COMPOUND_INTEREST),
            "1418.10",
        ),
        ("判令被告偿还借款本金壹万元整（¥10,000.00）", (K.PRINCIPAL,), "10000.00"),
        ("判令被告归还借款15,600元及利息", (K.PRINCIPAL, K.INTEREST), "15600.00"),
        ("判令被告承担案件受理费及保全担保费", (K.COURT_COSTS, K.COLLECTION_COSTS), None),
        ("判令被告支付年费300元", (K.OTHER,), "300.00"),
        ("判令原告与被告解除合同", (K.OTHER,), None),
        ("（1）判令被告偿还本金1.2万元", (K.PRINCIPAL,), "12000.00"),
        ("一、判令被告偿还本金5000元", (K.PRINCIPAL,), "5000.00"),
        ("判令二被告共同偿还借款本金10,000元", (K.PRINCIPAL,), "10000.00"),
        ("判令被告偿还本金五万元", (K.PRINCIPAL,), "50000.00"),
    ],
)
def test_claim_kinds_and_amounts(text: str, kinds: tuple[ClaimKind, ...], amount: str | None) -> None:
    info = parse_claim(text)
    assert info.kinds == kinds
    assert info.amount == (None if amount is None else Decimal(amount))


def test_claim_interest_period_and_rate() -> None:
    info = parse_claim("判令被告支付自2025年8月1日起至2025年12月31日止的利息（以本金10,000元为基数，按年利率24%计算）")
    assert (info.interest_from, info.interest_to) == (dt.date(2025, 8, 1), dt.date(2025, 12, 31))
    assert info.rate is not None and info.rate.annual == Decimal(24)
    assert info.amount is None
    assert info.kind is K.INTEREST


def test_claim_with_lpr() -> None:
    info = parse_claim("判令被告支付逾期利息（按一年期贷款市场报价利率的四倍计算至实际清偿之日止）")
    assert info.rate is not None
    assert (info.rate.period, info.rate.annual, info.rate.lpr_multiple) == ("lpr", None, Decimal(4))


def test_parts_of_a_joint_claim() -> None:
    """共同 (jointly) is not 共计: the amount stays a part with its kind."""
    info = parse_claim("判令二被告共同偿还借款本金10,000元、利息500元")
    assert [(k, str(a)) for k, a in info.parts] == [(K.PRINCIPAL, "10000.00"), (K.INTEREST, "500.00")]
    assert info.amount == Decimal("10500.00")


def test_claim_with_a_bad_amount_names_the_claim() -> None:
    text = "判令被告偿还本金12.345.67元"
    with pytest.raises(ParseError) as err:
        parse_claim(text)
    assert err.value.text == text
    assert "金额“12.345.67元”有误:金额有多个小数点" in err.value.reason


@pytest.mark.parametrize(
    "text",
    [
        "判令被告偿还借款本金10,000.00元（大写：壹万元整）",
        "判令被告偿还借款本金人民币壹万元整（¥10,000.00）及利息",
    ],
)
def test_claim_amount_in_both_forms_counts_once(text: str) -> None:
    info = parse_claim(text)
    assert info.amount == Decimal("10000.00")
    assert [(k, str(a)) for k, a in info.parts] == [(K.PRINCIPAL, "10000.00")]


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        (
            "判令被告偿还借款本金壹万元整（¥10,001.00）",
            "金额“壹万元整(¥10,001.00)”有误:大写金额10,000.00元与括号中的小写金额10,001.00元不一致,其中一处有笔误",
        ),
        (
            "上述第1、2项合计人民币11,576.77元（大写：壹万壹仟伍佰柒拾陆元柒角）。",
            "金额“人民币11,576.77元(大写:壹万壹仟伍佰柒拾陆元柒角)”有误:"
            "小写金额11,576.77元与括号中的大写金额11,576.70元不一致,其中一处有笔误",
        ),
    ],
)
def test_claim_amount_forms_that_disagree(text: str, reason: str) -> None:
    """A typo in one of the two forms is an error naming both values, not a silent choice of one."""
    with pytest.raises(ParseError) as err:
        parse_claim(text)
    assert err.value.text == text
    assert err.value.reason == reason
    assert "disagree: one of them is a typo" in err.value.reason_en


def test_claim_with_an_impossible_date() -> None:
    with pytest.raises(ParseError, match="2025年2月没有30日"):
        parse_claim("判令被告支付截至2025年2月30日的利息100元")


def test_claim_rejects_empty() -> None:
    with pytest.raises(ParseError, match="诉讼请求为空"):
        parse_claim("  ")
    with pytest.raises(TypeError):
        parse_claim(None)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "period", "annual", "day_count"),
    [
        ("年利率18.25%", "year", "18.25", None),
        ("年化利率24%", "year", "24", None),
        ("年息18%", "year", "18", None),
        ("年利率百分之十五", "year", "15", None),
        ("年利率百分之二十四点五", "year", "24.5", None),
        ("年利率为１８％", "year", "18", None),
        ("年息2分", "year", "20", None),
        ("月利率1.5%", "month", "18", None),
        ("月息1分5厘", "month", "18", None),
        ("月息一分五厘", "month", "18", None),
        ("月息2分", "month", "24", None),
        ("月息8厘", "month", "9.6", None),
        ("日利率0.05%", "day", "18.25", 365),
        ("日息万分之五", "day", "18.25", 365),
        ("日利率万分之五", "day", "18.25", 365),
        ("日利率0.075%", "day", "27.375", 365),
        ("日利率千分之零点五", "day", "18.25", 365),
        ("日利率0.5‰", "day", "18.25", 365),
        ("日利率0.05%，一年按360天计算", "day", "18", 360),
        ("日利率万分之五（按一年三百六十日计）", "day", "18", 360),
        ("日利率0.05%（一年按365天计）", "day", "18.25", 365),
        ("按日利率0.05%计算", "day", "18.25", 365),
    ],
)
def test_rate(text: str, period: str, annual: str, day_count: int | None) -> None:
    rate = parse_rate(text)
    assert (rate.period, rate.annual, rate.day_count) == (period, Decimal(annual), day_count)
    assert rate.raw == text


@pytest.mark.parametrize(
    ("text", "multiple"),
    [
        ("LPR的四倍", "4"),
        ("一年期贷款市场报价利率的四倍", "4"),
        ("全国银行间同业拆借中心公布的一年期贷款市场报价利率（LPR）的4倍", "4"),
        ("4倍LPR", "4"),
        ("一年期LPR的1.5倍", "1.5"),
    ],
)
def test_rate_lpr(text: str, multiple: str) -> None:
    rate = parse_rate(text)
    assert (rate.period, rate.annual, rate.lpr_multiple) == ("lpr", None, Decimal(multiple))
    assert rate.describe() == f"{text}(按一年期LPR的{multiple}倍计)"


def test_rate_describe_states_the_convention() -> None:
    assert parse_rate("日息万分之五").describe() == "日息万分之五(折合年利率18.25%,按一年365天计)"
    assert parse_rate("月利率1.5%").describe() == "月利率1.5%(折合年利率18%)"


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("18%", "年、月还是日"),
        ("百分之十五", "年、月还是日"),
        ("日息1分", "含义不确定"),
        ("月息一分五", "不是可识别的利率"),
        ("年利率百分之十十", "写法有误"),
        ("利率很高", "不是可识别的利率"),
        ("", "利率为空"),
    ],
)
def test_rate_rejected(text: str, reason: str) -> None:
    with pytest.raises(ParseError) as err:
        parse_rate(text)
    assert reason in err.value.reason
    assert err.value.text == text
