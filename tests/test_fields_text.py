"""zh_punctuation: ASCII , ; : ? ! ( ) become full-width where they punctuate Chinese; figures, times, Latin
text, addresses on the web and e-mail addresses keep theirs."""

from __future__ import annotations

import pytest

from summons_kit.fields.text import zh_punctuation


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        # the comma: a separator in Chinese text, a thousands separator between figures
        ("还款19期,累计还款9,857.40元", "还款19期，累计还款9,857.40元"),
        ("合计15,600.00元,利息312.50元", "合计15,600.00元，利息312.50元"),
        ("年利率24%,超过部分", "年利率24%，超过部分"),  # after a figure, before Chinese
        ("第1,2项", "第1,2项"),  # between figures it stays (it may be a thousands separator)
        ("利息;罚息;复利", "利息；罚息；复利"),
        ("金额:1,000元;利率:24%", "金额：1,000元；利率：24%"),
        ("是否同意?同意!", "是否同意？同意！"),
        ("中文,\n下一行", "中文，\n下一行"),
    ],
)
def test_marks_next_to_chinese_become_full_width(typed: str, expected: str) -> None:
    assert zh_punctuation(typed) == expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("上午9:30开庭", "上午9:30开庭"),
        ("开庭时间:2025年10月15日9:30", "开庭时间：2025年10月15日9:30"),  # the label's colon only
        ("下午14:30至16:00", "下午14:30至16:00"),
    ],
)
def test_times_keep_their_colon(typed: str, expected: str) -> None:
    assert zh_punctuation(typed) == expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("违约金(滞纳金)", "违约金（滞纳金）"),  # Chinese inside
        ("证据1(原件),证据2", "证据1（原件），证据2"),
        ("合同编通则解释(2023)第48条", "合同编通则解释（2023）第48条"),  # after a Chinese character
        ("费用(unverified)", "费用（unverified）"),
        ("费用 (unverified)", "费用 (unverified)"),  # Latin inside, after a space: Latin brackets
        ("按LPR(one-year)计算", "按LPR(one-year)计算"),  # Latin inside, after a Latin letter
        ("see (LPR) here", "see (LPR) here"),
        ("abc,(中文)", "abc，（中文）"),
    ],
)
def test_brackets_follow_what_they_enclose_and_follow(typed: str, expected: str) -> None:
    assert zh_punctuation(typed) == expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("详见 https://example.com/a?b=1,c:d 及 zhang.wei@example.com", None),
        ("网址:https://example.com/a?b=1", "网址：https://example.com/a?b=1"),  # only the label's colon
        ("邮箱:zhang.wei@example.com", "邮箱：zhang.wei@example.com"),
        ("see https://example.com/x?y=1, then mail a@b.cn: done!", None),
    ],
)
def test_addresses_are_untouched(typed: str, expected: str | None) -> None:
    assert zh_punctuation(typed) == (typed if expected is None else expected)


@pytest.mark.parametrize("text", ["", "abc", "A,B;C:D (e)?!", "15,600.00", "9:30", "（已是全角）：，"])
def test_text_without_anything_to_change_comes_back_as_is(text: str) -> None:
    assert zh_punctuation(text) == text


@pytest.mark.parametrize("text", ["还款19期,累计还款9,857.40元", "证据1(原件),证据2", "金额:1,000元;利率:24%"])
def test_setting_twice_changes_nothing(text: str) -> None:
    once = zh_punctuation(text)
    assert zh_punctuation(once) == once


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("民法典第546条;(2022)最高法民辖124号", "民法典第546条；（2022）最高法民辖124号"),
        ("答辩人(张伟(身份证))", "答辩人（张伟（身份证））"),
    ],
)
def test_brackets_after_marks_and_nested_brackets(text: str, expected: str) -> None:
    once = zh_punctuation(text)
    assert once == expected
    assert zh_punctuation(once) == once
