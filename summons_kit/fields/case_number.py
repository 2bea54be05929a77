"""案号: (年份)法院代字+类型代字+序号号, e.g. （2025）粤0305民初12345号 or (2022)最高法民辖124号."""

from __future__ import annotations

import re
import unicodedata
from typing import NoReturn

import attrs

from summons_kit.errors import ParseError

__all__ = ["CaseNumber", "parse_case_number", "type_fits_procedure"]


@attrs.frozen
class CaseNumber:
    """A parsed 案号, e.g. （2025）粤0391民初18888号."""

    raw: str
    year: int
    court_code: str  # 粤0391
    type_code: str  # 民初
    number: int

    def __str__(self) -> str:
        return f"（{self.year}）{self.court_code}{self.type_code}{self.number}号"

    @property
    def is_first_instance(self) -> bool:
        """A first-instance case: the type code ends in 初 (民初; also 刑初, 行初)."""
        return self.type_code.endswith("初")


def type_fits_procedure(case_number: CaseNumber, procedure_is_first_instance: bool) -> bool:
    """Whether the case number's type fits the procedure: a first-instance procedure (普通/简易/小额诉讼程序
    at first instance) has a 初 case number (民初); an appeal or enforcement does not."""
    return case_number.is_first_instance == procedure_is_first_instance


# The pipeline: NFKC (full-width digits, （）［］ -> ASCII), spaces dropped, every bracket pair made round and
# 號 simplified, a copied label (案号：) dropped, then one regex. Court codes: 最高法, or a province (or 兵 for
# the 兵团 courts) with 0, 2 or 4 digits: 粤 (high court), 粤03 (intermediate), 粤0305 (basic), 京0491
# (Beijing Internet Court), 粤72 (a maritime court).
_OPEN, _CLOSE = "(〔[【〈﹝", ")〕]】〉﹞"
_BRACKETS = str.maketrans(dict.fromkeys(_OPEN, "(") | dict.fromkeys(_CLOSE, ")") | {"號": "号"})
_PROVINCES = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼兵"
_CASE = re.compile(
    rf"\((?P<year>\d+)\)(?P<court>最高法|[{_PROVINCES}](?:\d{{4}}|\d{{2}})?)"
    # 民初第18888号: 第 before the number (as the old 字第 numbers had it) is read and dropped.
    r"(?P<type>(?:(?![号第])[\u4e00-\u9fff]){1,6})第?(?P<number>\d*)(?P<hao>号?)"
)
_LABEL = re.compile(r"^案号[:：]?")
_SPACES = re.compile(r"\s+")
# 号之一, 号之二: the number of one document within a case, not part of the case's number.
_DOCUMENT_SUFFIX = re.compile(r"号(之[一二三四五六七八九十\d]+)$")
_YEAR = re.compile(r"\((\d*)\)")
_COURT = re.compile(rf"最高法|[{_PROVINCES}](?:\d{{4}}|\d{{2}})?(?!\d)")


def parse_case_number(text: str) -> CaseNumber:
    """Read a 案号 written with (), （）, 〔〕, [] or 【】 around the year, full-width digits, spaces, a 案号：
    label or 第 before the number (民初第18888号).

    Raises :class:`ParseError` naming the text and what is missing (brackets, a four-digit year, the number,
    the final 号) or left over (之一 after 号).
    """
    if not isinstance(text, str):
        raise TypeError(f"parse_case_number expects a str, got {type(text).__name__}")
    raw = text
    s = _LABEL.sub("", _SPACES.sub("", unicodedata.normalize("NFKC", raw)).translate(_BRACKETS))
    if not s:
        raise ParseError(raw, "案号为空", "the case number is empty")
    suffix = _DOCUMENT_SUFFIX.search(s)
    if suffix is not None:
        raise ParseError(
            raw,
            f"“号”后的“{suffix[1]}”是同一案件中文书的编号,不属于案号;请只填写到“号”为止",
            f"{suffix[1]!r} after 号 numbers a document within the case, not the case: stop at 号",
        )
    if not s.startswith("("):
        raise ParseError(
            raw,
            "年份应写在括号中,如（2025）粤0305民初12345号",
            "the year goes in brackets: （2025）粤0305民初12345号",
        )
    m = _CASE.fullmatch(s)
    if m is None:
        _diagnose(raw, s)
    if len(m["year"]) != 4:
        raise ParseError(raw, "括号中的年份应为四位数字", "the year in brackets must have four digits")
    if not m["number"]:
        raise ParseError(
            raw, "缺少案件序号(“号”前的数字)", "the case's serial number (the digits before 号) is missing"
        )
    if int(m["number"]) == 0:
        raise ParseError(raw, "案件序号不能为0", "the case's serial number cannot be 0")
    year = int(m["year"])
    if not 1949 <= year <= 2100:
        raise ParseError(raw, f"年份{year}不可能", f"the year {year} is impossible")
    number = CaseNumber(raw=raw, year=year, court_code=m["court"], type_code=m["type"], number=int(m["number"]))
    if not m["hao"]:
        raise ParseError(raw, f"案号应以“号”结尾,如{number}", f"a case number ends in 号, as in {number}")
    return number


def _diagnose(raw: str, s: str) -> NoReturn:
    """Say which part of a case number that does not match is wrong."""
    year = _YEAR.match(s)
    if year is None or len(year[1]) != 4:
        raise ParseError(raw, "括号中的年份应为四位数字", "the year in brackets must have four digits")
    court = _COURT.match(s, year.end())
    if court is None:
        raise ParseError(
            raw,
            "法院代字无法识别(应如粤0305、粤03、最高法)",
            "cannot read the court code (e.g. 粤0305, 粤03, 最高法)",
        )
    rest = s[court.end() :]
    if not re.match(r"(?:(?![号第])[\u4e00-\u9fff])", rest):
        raise ParseError(raw, "缺少类型代字(如民初、民终、执)", "the case type (e.g. 民初, 民终, 执) is missing")
    raise ParseError(
        raw,
        f"“{rest}”应为类型代字加序号再加“号”,如民初12345号",
        f"{rest!r} should be a case type, digits and 号",
    )
