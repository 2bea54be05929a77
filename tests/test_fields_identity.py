"""parse_id_number, parse_credit_code and normalize_phone (summons_kit.fields.identity)."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import corpus_rows, rejected

from summons_kit.errors import ParseError
from summons_kit.fields.identity import (
    credit_check_char,
    id_check_char,
    normalize_phone,
    parse_credit_code,
    parse_id_number,
)


@pytest.mark.parametrize("row", corpus_rows("id_numbers.tsv"), ids=lambda r: r["note"])
def test_corpus(row: dict[str, str]) -> None:
    if row["valid"] == "no":
        rejected(parse_id_number, row["input"])
        return
    parsed = parse_id_number(row["input"])
    assert parsed.birth == dt.date.fromisoformat(row["birth"])
    assert parsed.gender == row["gender"]
    assert parsed.value == row["input"].upper()
    assert parsed.raw == row["input"]


def test_sample_parties() -> None:
    zhang = parse_id_number("440106199206181537")
    assert (zhang.birth, zhang.gender, zhang.gender_zh) == (dt.date(1992, 6, 18), "male", "男")
    chen = parse_id_number("33010219880302274X")
    assert (chen.birth, chen.gender, chen.gender_zh) == (dt.date(1988, 3, 2), "female", "女")
    assert str(chen) == "33010219880302274X"


def test_spaces_and_full_width() -> None:
    parsed = parse_id_number(" 440106 19920618 1537 ")
    assert parsed.value == "440106199206181537"
    assert parsed.raw == " 440106 19920618 1537 "
    assert parse_id_number("３３０１０２１９８８０３０２２７４ｘ").value == "33010219880302274X"


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("440305199003071235", "校验位不符(按前17位应为6)"),
        ("440305199002301239", "出生日期19900230不是真实的日期"),
        ("44030519900307123", "应为18位,这里是17位"),
        ("440106920618153", "旧版15位"),
        ("4401061992061815X7", "前17位应为数字"),
        ("", "身份证号为空"),
    ],
)
def test_id_rejected(text: str, reason: str) -> None:
    with pytest.raises(ParseError) as err:
        parse_id_number(text)
    assert reason in err.value.reason
    assert err.value.text == text


def test_birth_in_the_future() -> None:
    first17 = "44010620300101153"  # born 2030-01-01
    number = first17 + id_check_char(first17)
    with pytest.raises(ParseError, match="不可能"):
        parse_id_number(number, today=dt.date(2025, 10, 20))
    assert parse_id_number(number, today=dt.date(2031, 1, 1)).birth == dt.date(2030, 1, 1)


def test_id_check_char() -> None:
    assert id_check_char("44010619920618153") == "7"
    assert id_check_char("33010219880302274") == "X"


@pytest.mark.parametrize("text", ["91310000MA1K4NBX9C", "91440300MA5G8RTU22"])
def test_credit_code_samples(text: str) -> None:
    code = parse_credit_code(text)
    assert code.value == text
    assert str(code) == text


def test_credit_code_normalised() -> None:
    code = parse_credit_code(" 91440300ma5g8rtu22 ")
    assert code.value == "91440300MA5G8RTU22"
    assert code.raw == " 91440300ma5g8rtu22 "


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("91440300MA5G8RTU23", "校验位不符(按前17位应为2)"),
        ("91440300MA5G8RTUO2", "不允许的字符“O”"),
        ("91440300MA5G8RTUI2", "不允许的字符“I”"),
        ("91440300MA5G8RTU2", "应为18位,这里是17位"),
        ("", "为空"),
    ],
)
def test_credit_code_rejected(text: str, reason: str) -> None:
    with pytest.raises(ParseError) as err:
        parse_credit_code(text)
    assert reason in err.value.reason


def test_credit_check_char_wraps_31_to_0() -> None:
    """GB 32100: a weighted sum divisible by 31 gives check character 0, not an out-of-range 31."""
    assert credit_check_char("0" * 17) == "0"
    assert credit_check_char("91440300MA5G8RTU2") == "2"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("13711112222", "13711112222"),
        ("137 1111 2222", "13711112222"),
        ("137-1111-2222", "13711112222"),
        ("+86 137 1111 2222", "13711112222"),
        ("+8613711112222", "13711112222"),
        ("008613711112222", "13711112222"),
        ("8613711112222", "13711112222"),
        ("０７５５－２８８８１２３４", "0755-28881234"),
        ("0755-28881234", "0755-28881234"),
        ("(0755)28881234", "0755-28881234"),
        ("075528881234", "0755-28881234"),
        ("010-65551234", "010-65551234"),
        ("02088888888", "020-88888888"),
        ("0571 8765432", "0571-8765432"),
        ("+86 755 2888 1234", "0755-28881234"),
    ],
)
def test_phone(text: str, expected: str) -> None:
    assert normalize_phone(text) == expected


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("0755-2888××××", "被遮盖"),
        ("137****2222", "被遮盖"),
        ("95588", "不是有效的手机号"),
        ("12345678901", "不是有效的手机号"),
        ("1371111222", "不是有效的手机号"),
        ("0755-28881234转123", "不是有效的手机号"),
        ("", "为空"),
    ],
)
def test_phone_rejected(text: str, reason: str) -> None:
    with pytest.raises(ParseError) as err:
        normalize_phone(text)
    assert reason in err.value.reason
    assert err.value.text == text
