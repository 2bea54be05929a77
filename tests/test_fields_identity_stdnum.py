"""The 身份证号 and 统一社会信用代码 check characters agree with an independent implementation (python-stdnum:
``stdnum.cn.ric``, GB 11643; ``stdnum.cn.uscc``, GB 32100), over the corpus and over random numbers."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from summons_kit.errors import ParseError
from summons_kit.fields.identity import (
    CREDIT_ALPHABET,
    credit_check_char,
    id_check_char,
    parse_credit_code,
    parse_id_number,
)

ric = pytest.importorskip("stdnum.cn.ric", reason="the test extra installs python-stdnum")
uscc = pytest.importorskip("stdnum.cn.uscc", reason="the test extra installs python-stdnum")

CORPUS = Path(__file__).resolve().parent / "corpus" / "id_numbers.tsv"
TODAY = dt.date(2026, 12, 1)
ROWS = list(csv.DictReader(CORPUS.open(encoding="utf-8"), delimiter="\t"))


def stdnum_id_check(first17: str) -> str:
    return ric.calc_check_digit(first17 + "0")  # stdnum's takes the whole number and ignores its last character


def stdnum_id_accepts(number: str) -> bool:
    """stdnum's validation less its table of regions (it lacks codes such as 330106, which the kit does not check)."""
    try:
        ric.validate(number)
    except ric.InvalidComponent:
        try:  # the birth date, or the region: only the first counts here
            ric.get_birth_date(number)
        except ric.InvalidComponent:
            return False
    except ValueError:
        return False
    return True


@pytest.mark.parametrize("row", ROWS, ids=[r["note"] for r in ROWS])
def test_the_corpus_is_judged_as_stdnum_judges_it(row: dict[str, str]) -> None:
    number, valid = row["input"], row["valid"] == "yes"
    assert stdnum_id_accepts(number.upper()) is valid
    if valid:
        assert parse_id_number(number, TODAY).value[17] == stdnum_id_check(number[:17])
    else:
        with pytest.raises(ParseError):
            parse_id_number(number, TODAY)


@given(st.text("0123456789", min_size=17, max_size=17))
def test_the_id_check_character_is_stdnums(first17: str) -> None:
    assert id_check_char(first17) == stdnum_id_check(first17)


birth_dates = st.dates(min_value=dt.date(1900, 1, 1), max_value=TODAY)


@given(st.text("123456789", min_size=6, max_size=6), birth_dates, st.text("0123456789", min_size=3, max_size=3))
def test_a_real_number_is_accepted_and_every_wrong_check_character_refused(
    region: str, birth: dt.date, sequence: str
) -> None:
    first17 = f"{region}{birth:%Y%m%d}{sequence}"
    right = stdnum_id_check(first17)
    assert parse_id_number(first17 + right, TODAY).birth == birth
    for wrong in sorted(set("0123456789X") - {right}):
        assert not stdnum_id_accepts(first17 + wrong)
        with pytest.raises(ParseError, match="校验位不符"):
            parse_id_number(first17 + wrong, TODAY)


# a credit code's first 8 characters are digits in stdnum's reading (登记管理部门, 机构类别, region); the kit allows
# the whole alphabet there, so the random codes keep to digits where stdnum requires them
codes = st.tuples(st.text("0123456789", min_size=8, max_size=8), st.text(CREDIT_ALPHABET, min_size=9, max_size=9))


@given(st.text(CREDIT_ALPHABET, min_size=17, max_size=17))
def test_the_credit_code_check_character_is_stdnums(first17: str) -> None:
    assert credit_check_char(first17) == uscc.calc_check_digit(first17)


@given(codes)
def test_a_credit_code_is_accepted_exactly_when_stdnum_accepts_it(parts: tuple[str, str]) -> None:
    first17 = "".join(parts)
    for last in CREDIT_ALPHABET:
        code = first17 + last
        if uscc.is_valid(code):
            assert parse_credit_code(code).value == code
        else:
            with pytest.raises(ParseError, match="校验位不符"):
                parse_credit_code(code)
    assert sum(uscc.is_valid(first17 + last) for last in CREDIT_ALPHABET) == 1
