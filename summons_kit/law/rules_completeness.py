"""Completeness: the fields each document needs (summons_kit.case.requirements), one warning per missing field."""

from __future__ import annotations

from collections.abc import Iterator

from summons_kit.case import requirements
from summons_kit.law import basis
from summons_kit.law.finding import Context, Finding, declare

_DOCUMENTS = {  # document -> (Chinese name, English name, basis)
    "answer": ("答辩状", "answer", basis.ANSWER_FORM),
    "evidence": ("证据目录", "evidence list", basis.EVIDENCE_RULES_19),
    "instalment": ("分期还款申请书", "instalment request", basis.INSTALMENT_CUSTOM),
}

_ONLY_WHEN = {
    "evidence": " (checked only when the case lists evidence)",
    "instalment": " (checked only when the case has an instalment plan)",
}

CODES = {
    doc: declare(
        f"missing.{doc}",
        "warning",
        "(the missing field)",
        article,
        f"{zh}缺少必要信息",
        f"a field the {en} needs is empty (summons_kit.case.requirements); the draft shows 【待填】 there"
        + _ONLY_WHEN.get(doc, ""),
    )
    for doc, (zh, en, article) in _DOCUMENTS.items()
}


def _wanted(context: Context, document: str) -> bool:
    if document == "evidence":
        return bool(context.case.evidence)
    if document == "instalment":
        return context.case.instalment is not None
    return True


def check_completeness(context: Context) -> Iterator[Finding]:
    for document, (zh, en, _article) in _DOCUMENTS.items():
        if not _wanted(context, document):
            continue
        for path, label in requirements.missing(context.case, document):
            yield CODES[document].finding(
                f"{zh}缺少“{label}”（{path}），起草时该处将标为【待填】。",
                f"the {en} needs {path} ({label}), which is empty; the draft marks it as to be filled in.",
                field=path,
            )


RULES = (check_completeness,)
