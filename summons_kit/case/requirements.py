"""Which case fields each document needs.

One table serves both sides: the checks report a missing field as a completeness finding, and the template context
shows a visible marker (【待填：被告住址】) where it is missing, so a user is never handed a blank nobody mentioned.
"""

from __future__ import annotations

from types import MappingProxyType

from summons_kit.case.model import PartyKind

#: document -> ((field path, Chinese label), ...). Paths name attributes of model.Case.
REQUIRED = MappingProxyType(
    {
        "answer": (
            ("court.name", "受诉法院"),
            ("court.case_number", "案号"),
            ("court.cause", "案由"),
            ("plaintiff.name", "原告名称"),
            ("defendant.name", "答辩人姓名"),
            ("defendant.address", "答辩人住所"),
            ("defendant.phone", "答辩人联系电话"),
            ("defendant.id_number", "答辩人身份证号码"),
            ("defendant.credit_code", "答辩人统一社会信用代码"),
            ("claims", "诉讼请求"),
        ),
        "evidence": (
            ("court.name", "受诉法院"),
            ("court.case_number", "案号"),
            ("defendant.name", "提交人"),
            ("evidence", "证据"),
        ),
        "instalment": (
            ("court.name", "受诉法院"),
            ("court.case_number", "案号"),
            ("plaintiff.name", "原告名称"),
            ("defendant.name", "申请人姓名"),
            ("defendant.address", "申请人住所"),
            ("defendant.phone", "申请人联系电话"),
            ("instalment", "分期方案"),
            ("instalment.reasons", "困难原因"),
        ),
    }
)

DOCUMENTS = tuple(REQUIRED)

#: fields that only one kind of party has: a person has no credit code, an organization no id number
ONLY_FOR = MappingProxyType(
    {
        "defendant.id_number": PartyKind.PERSON,
        "defendant.credit_code": PartyKind.ORGANIZATION,
    }
)


def applies(case: object, path: str) -> bool:
    """Whether ``path`` is required of this case (a party's kind decides between id number and credit code)."""
    kind = ONLY_FOR.get(path)
    return kind is None or lookup(case, path.rsplit(".", 1)[0] + ".kind") is kind


def lookup(case: object, path: str) -> object:
    """The value at a dotted ``path`` of ``case`` (None when a section on the way is absent)."""
    value: object = case
    for part in path.split("."):
        if value is None:
            return None
        value = getattr(value, part)
    return value


def is_missing(value: object) -> bool:
    return value is None or value == "" or value == ()


def missing(case: object, document: str) -> list[tuple[str, str]]:
    """The (path, label) pairs of ``document``'s required fields that ``case`` leaves empty."""
    if document == "instalment" and lookup(case, "instalment") is None:
        return [("instalment", "分期方案")]
    return [
        (path, label) for path, label in REQUIRED[document] if applies(case, path) and is_missing(lookup(case, path))
    ]
