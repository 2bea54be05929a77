"""Completeness: the fields each registry document needs (summons_kit.case.registry), one warning per missing field.

A document is checked when its registry skip rule lets it through; the rule reads finding codes (the jurisdiction
objection applies when the venue check raises jurisdiction.far_court), so the venue check's code is read first. A
document with no needs of its own (its parties and case are the answer's needs) has no completeness code."""

from __future__ import annotations

from collections.abc import Iterator

from summons_kit.case import registry
from summons_kit.law import basis
from summons_kit.law.finding import Context, Finding, declare
from summons_kit.law.rules_parties import venue_code

CODES = {
    doc.key: declare(
        f"missing.{doc.key}",
        "warning",
        "(the missing field)",
        basis.of_document(doc),
        f"{doc.name_zh}缺少必要信息",
        f"a field the {doc.name_en} needs is empty (summons_kit.case.registry); the draft shows 【待填】 there"
        + (f" (checked only when {doc.checked_when})" if doc.checked_when else ""),
    )
    for doc in registry.DOCUMENTS
    if doc.needs
}


def check_completeness(context: Context) -> Iterator[Finding]:
    venue = venue_code(context.case)
    codes = frozenset() if venue is None else frozenset({venue.code})
    for doc in registry.DOCUMENTS:
        if doc.key not in CODES or not doc.wanted(context.case, codes):
            continue
        for need in doc.missing(context.case):
            yield CODES[doc.key].finding(
                f"{doc.name_zh}缺少“{need.label}”（{need.field}），起草时该处将标为【待填】。",
                f"the {doc.name_en} needs {need.field} ({need.label}), which is empty; the draft marks it as to be "
                "filled in.",
                field=need.field,
            )


RULES = (check_completeness,)
