"""Masked identity values (139****4455, 440104********5116): accepted and printed as given, flagged as incomplete."""

from __future__ import annotations

from collections.abc import Iterator

from summons_kit.case.redact import masked_fields
from summons_kit.law import basis
from summons_kit.law.finding import Context, Finding, declare

MASKED = declare(
    "missing.masked",
    "warning",
    "(the masked field)",
    basis.ANSWER_FORM,
    "身份信息被遮盖，不完整",
    "an ID number, phone number or card tail was entered with masked digits (*): it is printed as given, and a "
    "document filed with the court needs the full value",
)


def check_masked(context: Context) -> Iterator[Finding]:
    for path, value in masked_fields(context.case):
        yield MASKED.finding(
            f"{path} 为遮盖的值“{value}”，文书中将照此打印；向法院提交前请填写完整号码。",
            f"{path} is masked ({value}): the drafts print it as given; give the full value before filing.",
            field=path,
        )


RULES = (check_masked,)
