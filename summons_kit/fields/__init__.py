"""Field parsers: one raw string in, one checked value out. This package imports nothing else of the kit
but :mod:`summons_kit.errors`.

Every parser raises :class:`~summons_kit.errors.ParseError` naming the text and the reason, in Chinese
and English. docs/parsing.md lists every accepted and rejected form.
"""

from summons_kit.fields.case_number import CaseNumber, parse_case_number, type_fits_procedure
from summons_kit.fields.claims import ClaimInfo, ClaimKind, Rate, parse_claim, parse_rate
from summons_kit.fields.dates import format_date, format_date_upper, format_datetime, parse_date, weekday_zh
from summons_kit.fields.identity import (
    CreditCode,
    IdNumber,
    normalize_phone,
    parse_credit_code,
    parse_id_number,
)
from summons_kit.fields.money import amount_in_words, format_amount, parse_amount

__all__ = [
    "CaseNumber",
    "ClaimInfo",
    "ClaimKind",
    "CreditCode",
    "IdNumber",
    "Rate",
    "amount_in_words",
    "format_amount",
    "format_date",
    "format_date_upper",
    "format_datetime",
    "normalize_phone",
    "parse_amount",
    "parse_case_number",
    "parse_claim",
    "parse_credit_code",
    "parse_date",
    "parse_id_number",
    "parse_rate",
    "type_fits_procedure",
    "weekday_zh",
]
