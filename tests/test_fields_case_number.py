"""parse_case_number (summons_kit.fields.case_number)."""

from __future__ import annotations

import pytest
from conftest import corpus_rows, rejected

from summons_kit.errors import ParseError
from summons_kit.fields.case_number import CaseNumber, parse_case_number, type_fits_procedure


@pytest.mark.parametrize("row", corpus_rows("case_numbers.tsv"), ids=lambda r: r["note"])
def test_corpus(row: dict[str, str]) -> None:
    if row["valid"] == "no":
        rejected(parse_case_number, row["input"])
        return
    parsed = parse_case_number(row["input"])
    assert (parsed.year, parsed.court_code, parsed.type_code, parsed.number) == (
        int(row["year"]),
        row["court_code"],
        row["type"],
        int(row["number"]),
    )
    assert parsed.raw == row["input"]


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("（2025）粤0391民初18888号", (2025, "粤0391", "民初", 18888)),
        ("（2026）沪0115民初3456号", (2026, "沪0115", "民初", 3456)),
        ("[2025]粤0305民初12345号", (2025, "粤0305", "民初", 12345)),
        ("【2025】粤0305执恢12号", (2025, "粤0305", "执恢", 12)),
        ("﹝2025﹞粤0305民特7号", (2025, "粤0305", "民特", 7)),
        ("（２０２５）粤０３９１民初１８８８８号", (2025, "粤0391", "民初", 18888)),
        ("( 2025 ) 粤0391 民初 18888 号", (2025, "粤0391", "民初", 18888)),
        ("(2022)最高法民辖124号", (2022, "最高法", "民辖", 124)),
        ("(2025)粤民终1号", (2025, "粤", "民终", 1)),
        ("(2025)粤72民初9号", (2025, "粤72", "民初", 9)),
        ("(2025)浙0192民再3号", (2025, "浙0192", "民再", 3)),
        ("(2025)京0491民申5号", (2025, "京0491", "民申", 5)),
        # 第 before the number, as some papers still write it: read and dropped
        ("（2025）粤0391民初第18888号", (2025, "粤0391", "民初", 18888)),
        ("（2025）粤0391 民初 第 18888 号", (2025, "粤0391", "民初", 18888)),
        ("（２０２５）粤０３９１民初第１８８８８号", (2025, "粤0391", "民初", 18888)),
        ("(2025)粤0305执第7号", (2025, "粤0305", "执", 7)),
        # a label copied with the number, and the traditional 號
        ("案号：（2025）粤0391民初18888号", (2025, "粤0391", "民初", 18888)),
        ("案号:(2025)粤0391民初18888号", (2025, "粤0391", "民初", 18888)),
        ("（2025）粤0391民初18888號", (2025, "粤0391", "民初", 18888)),
    ],
)
def test_forms(text: str, parts: tuple[int, str, str, int]) -> None:
    parsed = parse_case_number(text)
    assert (parsed.year, parsed.court_code, parsed.type_code, parsed.number) == parts


def test_str_is_the_canonical_form() -> None:
    assert str(parse_case_number("(2025) 粤0391民初１８８８８号")) == "（2025）粤0391民初18888号"
    number = parse_case_number("（2025）粤0391民初第18888号")
    assert str(number) == "（2025）粤0391民初18888号"  # 第 is not part of the canonical form
    assert number.raw == "（2025）粤0391民初第18888号"
    assert number.is_first_instance  # the type is 民初, not 民初第


@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        ("(2025)粤0305民初12345", "（2025）粤0305民初12345号"),
        ("(2025)粤0305民初第12345", "（2025）粤0305民初12345号"),
        ("（2025）粤0391民初 18888", "（2025）粤0391民初18888号"),
    ],
)
def test_missing_hao_is_an_error_showing_the_right_form(text: str, canonical: str) -> None:
    with pytest.raises(ParseError) as err:
        parse_case_number(text)
    assert err.value.reason == f"案号应以“号”结尾,如{canonical}"
    assert err.value.reason_en == f"a case number ends in 号, as in {canonical}"


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("2025粤0305民初12345号", "括号"),
        ("(25)粤0305民初12345号", "四位"),
        ("()粤0305民初12345号", "四位"),
        ("(2025)粤0305民初号", "缺少案件序号"),
        ("(2025)粤0305号", "缺少类型代字"),
        ("(2025)0305民初1号", "法院代字"),
        ("(2025)粤0305民初12a号", "“民初12a号”"),
        ("(2025)粤0305民初第号", "缺少案件序号"),
        ("(2025)粤0305第18888号", "缺少类型代字"),
        ("(2025)粤0305民初18888号之一", "“之一”是同一案件中文书的编号"),
        ("(2025)粤0305民初18888号之2", "“之2”是同一案件中文书的编号"),
        ("(2025)粤0305民初18888号号", "“民初18888号号”"),
        ("案号：", "案号为空"),
        ("(2025)粤0305民初0号", "不能为0"),
        ("(1900)粤0305民初1号", "不可能"),
        ("", "案号为空"),
    ],
)
def test_rejected(text: str, reason: str) -> None:
    with pytest.raises(ParseError) as err:
        parse_case_number(text)
    assert reason in err.value.reason
    assert err.value.text == text
    assert err.value.reason_en


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("(2025)粤0305民初1号", True),
        ("(2025)粤03民终1号", False),
        ("(2025)粤0305执1号", False),
        ("(2025)粤0305民特1号", False),
        ("(2025)最高法民辖1号", False),
        ("(2025)粤0305民再1号", False),
    ],
)
def test_first_instance(text: str, first: bool) -> None:
    number = parse_case_number(text)
    assert number.is_first_instance is first
    assert type_fits_procedure(number, procedure_is_first_instance=True) is first
    assert type_fits_procedure(number, procedure_is_first_instance=False) is not first


def test_fields_unchanged() -> None:
    """The value class keeps the lead's fields."""
    import attrs

    assert [f.name for f in attrs.fields(CaseNumber)] == ["raw", "year", "court_code", "type_code", "number"]
