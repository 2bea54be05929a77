"""居民身份证号, 统一社会信用代码 and phone numbers."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from typing import Literal

import attrs

from summons_kit.errors import ParseError


@attrs.frozen
class IdNumber:
    """A checked 18-character 居民身份证号 (GB 11643-1999), or a masked one (``440104********5116``).

    A masked number (``masked``) cannot be checked: ``birth`` and ``gender`` are what its visible digits show
    (None when masked); it prints as given and is flagged as incomplete by the checks, never an error.
    """

    raw: str
    value: str  # upper-case X
    birth: dt.date | None
    gender: Literal["male", "female"] | None
    masked: bool = False

    @property
    def gender_zh(self) -> str:
        return {"male": "男", "female": "女"}.get(self.gender or "", "")

    def __str__(self) -> str:
        return self.value


@attrs.frozen
class CreditCode:
    """A checked 18-character 统一社会信用代码 (GB 32100-2015)."""

    raw: str
    value: str

    def __str__(self) -> str:
        return self.value


# --- 居民身份证号 (GB 11643-1999) ---------------------------------------------------------------------------
# 6 digits of region, 8 of birth date (YYYYMMDD), 3 of sequence (the last one odd for men, even for women) and
# a check character: ISO 7064 MOD 11-2 over the first 17 digits, weights 2^(17-i) mod 11, value 10 written X.
_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_CHECK = "10X98765432"  # indexed by (weighted sum mod 11)
_ID_FORM = re.compile(r"\d{17}[\dX]")
_SPACES_AND_DASHES = re.compile(r"[\s\-]+")


def _compact(text: object, what: str) -> tuple[str, str]:
    """(raw, upper-case text without spaces or dashes) after full-width -> ASCII."""
    if not isinstance(text, str):
        raise TypeError(f"{what} expects a str, got {type(text).__name__}")
    return text, _SPACES_AND_DASHES.sub("", unicodedata.normalize("NFKC", text)).upper()


def id_check_char(first17: str) -> str:
    """The 18th character of a 身份证号 whose first 17 digits are ``first17``."""
    return _ID_CHECK[sum(int(c) * w for c, w in zip(first17, _ID_WEIGHTS, strict=True)) % 11]


#: the characters that hide a digit in a masked number (a full-width ＊ is read as *)
MASK_CHARS = "*×"
_MASKED_ID = re.compile(r"[\d*]{17}[\dX*]")


def is_masked(text: str) -> bool:
    """Whether ``text`` hides some of its digits (``139****4455``, ``440104********5116``)."""
    return any(c in MASK_CHARS for c in unicodedata.normalize("NFKC", text))


def parse_id_number(text: str, today: dt.date | None = None, *, allow_masked: bool = False) -> IdNumber:
    """A checked 18-character 居民身份证号: check character, a real birth date not after ``today``, gender.

    Spaces are ignored and a lower-case x is read as X. With ``allow_masked`` a number with masked digits
    (``440104********5116``, 18 characters) is accepted unchecked, as given (``masked`` True). Raises
    :class:`ParseError` naming the text and the reason.
    """
    raw, s = _compact(text, "parse_id_number")
    if not s:
        raise ParseError(raw, "身份证号为空", "the ID number is empty")
    if allow_masked and is_masked(s):
        return _masked_id(raw, s.replace("×", "*"), today)
    if len(s) == 15 and s.isdigit():
        raise ParseError(
            raw,
            "这是旧版15位身份证号,请填写18位号码",
            "a 15-digit ID number is the old form: give the 18-digit one",
        )
    if len(s) != 18:
        raise ParseError(
            raw,
            f"身份证号应为18位,这里是{len(s)}位",
            f"an ID number has 18 characters, this one has {len(s)}",
        )
    if not _ID_FORM.fullmatch(s):
        raise ParseError(raw, "身份证号前17位应为数字,末位为数字或X", "an ID number is 17 digits and a digit or X")
    expected = id_check_char(s[:17])
    if s[17] != expected:
        raise ParseError(
            raw,
            f"校验位不符(按前17位应为{expected}),号码有误",
            f"the check character should be {expected} for these first 17 digits: the number has a typo",
        )
    try:
        birth = dt.date(int(s[6:10]), int(s[10:12]), int(s[12:14]))
    except ValueError:
        raise ParseError(
            raw, f"出生日期{s[6:14]}不是真实的日期", f"the birth date {s[6:14]} is not a real date"
        ) from None
    if birth > (today or dt.date.today()) or birth.year < 1900:
        raise ParseError(raw, f"出生日期{birth.isoformat()}不可能", f"the birth date {birth.isoformat()} is impossible")
    return IdNumber(raw=raw, value=s, birth=birth, gender="male" if int(s[16]) % 2 else "female")


def _masked_id(raw: str, s: str, today: dt.date | None) -> IdNumber:
    if not _MASKED_ID.fullmatch(s):
        raise ParseError(
            raw,
            "遮盖的身份证号应为18位(数字或*,末位可为X),如440104********5116",
            "a masked ID number has 18 characters (digits or *, the last may be X), e.g. 440104********5116",
        )
    birth: dt.date | None = None
    if "*" not in s[6:14]:
        try:
            birth = dt.date(int(s[6:10]), int(s[10:12]), int(s[12:14]))
        except ValueError:
            raise ParseError(
                raw, f"出生日期{s[6:14]}不是真实的日期", f"the birth date {s[6:14]} is not a real date"
            ) from None
        if birth > (today or dt.date.today()) or birth.year < 1900:
            raise ParseError(
                raw, f"出生日期{birth.isoformat()}不可能", f"the birth date {birth.isoformat()} is impossible"
            )
    gender: Literal["male", "female"] | None = None if s[16] == "*" else ("male" if int(s[16]) % 2 else "female")
    return IdNumber(raw=raw, value=s, birth=birth, gender=gender, masked=True)


# --- 统一社会信用代码 (GB 32100-2015) -----------------------------------------------------------------------
# 18 characters from a 31-character alphabet (digits and capitals without I O Z S V): 登记管理部门代码,
# 机构类别代码, 6-digit region, 9-character organisation code, check character = 31 - (weighted sum mod 31),
# 31 written 0.
CREDIT_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_CREDIT_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
_CREDIT_VALUE = {c: i for i, c in enumerate(CREDIT_ALPHABET)}


def credit_check_char(first17: str) -> str:
    """The 18th character of a 统一社会信用代码 whose first 17 characters are ``first17``."""
    total = sum(_CREDIT_VALUE[c] * w for c, w in zip(first17, _CREDIT_WEIGHTS, strict=True))
    return CREDIT_ALPHABET[(31 - total % 31) % 31]


def parse_credit_code(text: str) -> CreditCode:
    """A checked 统一社会信用代码, upper-cased, spaces removed.

    Raises :class:`ParseError` naming the text and the reason: length, a letter never used, check character.
    """
    raw, s = _compact(text, "parse_credit_code")
    if not s:
        raise ParseError(raw, "统一社会信用代码为空", "the unified social credit code is empty")
    if len(s) != 18:
        raise ParseError(
            raw,
            f"统一社会信用代码应为18位,这里是{len(s)}位",
            f"a credit code has 18 characters, this one has {len(s)}",
        )
    wrong = [c for c in s if c not in _CREDIT_VALUE]
    if wrong:
        raise ParseError(
            raw,
            f"含有不允许的字符“{wrong[0]}”(代码不使用I、O、Z、S、V)",
            f"contains {wrong[0]!r}, which a credit code never uses (no I, O, Z, S, V)",
        )
    expected = credit_check_char(s[:17])
    if s[17] != expected:
        raise ParseError(
            raw,
            f"校验位不符(按前17位应为{expected}),代码有误",
            f"the check character should be {expected} for these first 17 characters: the code has a typo",
        )
    return CreditCode(raw=raw, value=s)


# --- Phone numbers ------------------------------------------------------------------------------------------
_MOBILE = re.compile(r"1[3-9]\d{9}")
# Area codes: 010 and 02x have three digits with the 0, all others four (0755, 0571).
_LANDLINE = re.compile(r"(?P<area>0(?:10|2\d|[3-9]\d{2}))(?P<number>[2-9]\d{6,7})")


_MASKED_PHONE = re.compile(r"[\d*]{7,12}|0\d{2,3}-[\d*]{7,8}")


def normalize_phone(text: str, *, allow_masked: bool = False) -> str:
    """A mobile number as 11 digits (13711112222) or a landline as area-number (0755-28881234).

    Spaces, dashes, brackets and a +86 / 0086 / 86 country prefix are removed. With ``allow_masked`` a number
    with masked digits (``139****4455``) is kept as given (stripped); else it is refused. Anything else (a
    service number such as 95588, an extension) is a :class:`ParseError`.
    """
    raw, s = _compact(text, "normalize_phone")
    s = re.sub(r"[()]", "", s)
    if not s:
        raise ParseError(raw, "电话号码为空", "the phone number is empty")
    if allow_masked and is_masked(s):
        shown = unicodedata.normalize("NFKC", raw).strip().replace("×", "*")
        if not _MASKED_PHONE.fullmatch(shown) or sum(c.isdigit() for c in shown) < 3:
            raise ParseError(
                raw,
                "遮盖的电话号码应为数字和*,如139****4455",
                "a masked phone number is digits and *, e.g. 139****4455",
            )
        return shown
    if re.search(r"[*×X]", s):
        raise ParseError(raw, "电话号码中有被遮盖的数字", "the phone number has masked digits")
    for prefix in ("+86", "0086", "86"):
        if s.startswith(prefix) and len(s) - len(prefix) in (10, 11):
            rest = s[len(prefix) :]
            s = rest if rest.startswith(("1", "0")) else "0" + rest  # +86 755 2888 1234 -> 0755...
            break
    if _MOBILE.fullmatch(s):
        return s
    m = _LANDLINE.fullmatch(s)
    if m:
        return f"{m['area']}-{m['number']}"
    raise ParseError(
        raw,
        "不是有效的手机号(1开头的11位)或固定电话(区号-号码,如0755-28881234)",
        "not a mobile number (11 digits starting with 1) or a landline (area-number, e.g. 0755-28881234)",
    )
