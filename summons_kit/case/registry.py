"""The documents the kit drafts: one entry per court filing, declared once.

Everything else reads this table: the completeness checks (``missing.<key>`` findings), the drafts (file names,
templates, what is skipped and why, the 【待填：……】 markers), the CLI's choices and the docs' tables. Adding a
document is one :class:`Document` entry here, one section builder in ``summons_kit/documents/sections/``, one .docx
in ``templates/`` and its docs (the recipe is in docs/design.md).

The registry sits in the case layer: it knows the :class:`~summons_kit.case.model.Case` and nothing above it. What it
needs from the legal checks (e.g. "limitation has probably run") reaches it as the set of finding codes the report
raised, so a document's skip rule never imports the law.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from types import MappingProxyType

import attrs

from summons_kit.case.model import Case, PartyKind

#: A document's skip rule: (case, finding codes, named by the caller) -> why it is not drafted ("" = draft it).
SkipRule = Callable[[Case, frozenset[str], bool], str]


@attrs.frozen
class Need:
    """A case field a document needs: its dotted path on :class:`Case` and the label the document gives it."""

    field: str
    label: str
    only_for: PartyKind | None = None  # a person has no credit code, an organization no id number

    def applies(self, case: Case) -> bool:
        """Whether ``case`` is asked for this field (the party's kind decides between id number and credit code)."""
        if self.only_for is None:
            return True
        return lookup(case, self.field.rsplit(".", 1)[0] + ".kind") is self.only_for


@attrs.frozen
class TemplateFile:
    """One built-in template of a document: its style ("" when the document has one), file name and title."""

    style: str
    file: str
    title: str


def _never(_case: Case, _codes: frozenset[str], _named: bool) -> str:
    return ""


@attrs.frozen
class Document:
    """One court filing the kit drafts."""

    key: str  # the name in the API, the CLI and the template context's ``missing`` entries
    title: str  # the Chinese title, also the file name (民事答辩状 -> 民事答辩状.docx)
    name_zh: str  # the short name in messages (答辩状)
    name_en: str  # the English name in messages (answer)
    basis: str  # the form or rule the document follows (cited by its completeness finding)
    needs: tuple[Need, ...]
    templates: tuple[TemplateFile, ...]
    section: str  # the template-context section the document's builder fills (answer, evidence_list, ...)
    builder: str  # the module under summons_kit.documents.sections that builds that section
    skip: SkipRule = _never
    checked_when: str = ""  # when the completeness check runs, in English ("" = always)
    party_role: str = ""  # the defendant's role where the document prints its 当事人 block ("" = it does not)
    plan: str = ""  # a case section without which nothing is to be filled (missing as a whole)
    plan_label: str = ""

    @property
    def file_name(self) -> str:
        return f"{self.title}.docx"

    @property
    def styles(self) -> tuple[str, ...]:
        return tuple(t.style for t in self.templates)

    def template(self, style: str = "") -> TemplateFile:
        """The built-in template of ``style`` (ValueError naming the known styles)."""
        for found in self.templates:
            if found.style == style:
                return found
        raise ValueError(
            f"《{self.title}》没有“{style}”样式 / {self.key} has no style {style!r}; "
            f"known: {', '.join(s or '(default)' for s in self.styles)}"
        )

    def wanted(self, case: Case) -> bool:
        """Whether the completeness check asks ``case`` for this document's fields."""
        return not self.skip(case, frozenset(), False)

    def missing(self, case: Case) -> list[Need]:
        """The needs ``case`` leaves empty (the plan as a whole when the case has none)."""
        if self.plan and lookup(case, self.plan) is None:
            return [Need(self.plan, self.plan_label)]
        return [need for need in self.needs if need.applies(case) and is_missing(lookup(case, need.field))]


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


# --- skip rules ---------------------------------------------------------------------------------------------

NO_EVIDENCE = (
    "案件没有证据([[evidence]]):答辩状已写明“答辩人暂无证据提交” / the case lists no evidence "
    "([[evidence]]); the answer says so"
)
NO_PLAN = "案件未填写分期方案([instalment]) / the case proposes no instalments ([instalment])"


def _skip_evidence(case: Case, _codes: frozenset[str], named: bool) -> str:
    return "" if case.evidence or named else NO_EVIDENCE


def _skip_instalment(case: Case, _codes: frozenset[str], _named: bool) -> str:
    return NO_PLAN if case.instalment is None else ""


# --- the documents ------------------------------------------------------------------------------------------

ANSWER = Document(
    key="answer",
    title="民事答辩状",
    name_zh="答辩状",
    name_en="answer",
    basis="《民事诉讼文书样式》（法〔2016〕221号）民事答辩状；要素式答辩状（法〔2025〕82号）",
    needs=(
        Need("court.name", "受诉法院"),
        Need("court.case_number", "案号"),
        Need("court.cause", "案由"),
        Need("plaintiff.name", "原告名称"),
        Need("defendant.name", "答辩人姓名"),
        Need("defendant.address", "答辩人住所"),
        Need("defendant.phone", "答辩人联系电话"),
        Need("defendant.id_number", "答辩人身份证号码", PartyKind.PERSON),
        Need("defendant.credit_code", "答辩人统一社会信用代码", PartyKind.ORGANIZATION),
        Need("claims", "诉讼请求"),
    ),
    templates=(
        TemplateFile("narrative", "answer_narrative.docx", "民事答辩状(法〔2016〕221号样式)"),
        TemplateFile("element_loan", "answer_element_loan.docx", "民事答辩状(金融借款合同纠纷,要素式)"),
        TemplateFile("element_card", "answer_element_card.docx", "民事答辩状(信用卡纠纷,要素式)"),
    ),
    section="answer",
    builder="answer",
    party_role="答辩人",
)

EVIDENCE = Document(
    key="evidence",
    title="证据目录",
    name_zh="证据目录",
    name_en="evidence list",
    basis="证据规定第19条",
    needs=(
        Need("court.name", "受诉法院"),
        Need("court.case_number", "案号"),
        Need("defendant.name", "提交人"),
        Need("evidence", "证据"),
    ),
    templates=(TemplateFile("", "evidence_list.docx", "证据目录"),),
    section="evidence_list",
    builder="evidence",
    skip=_skip_evidence,
    checked_when="the case lists evidence",
)

INSTALMENT = Document(
    key="instalment",
    title="分期还款申请书",
    name_zh="分期还款申请书",
    name_en="instalment request",
    basis="分期还款申请的通常内容（无强制格式）；民诉法第96-102条（调解）",
    needs=(
        Need("court.name", "受诉法院"),
        Need("court.case_number", "案号"),
        Need("plaintiff.name", "原告名称"),
        Need("defendant.name", "申请人姓名"),
        Need("defendant.address", "申请人住所"),
        Need("defendant.phone", "申请人联系电话"),
        Need("instalment.reasons", "困难原因"),
    ),
    templates=(TemplateFile("", "instalment_request.docx", "分期还款申请书"),),
    section="instalment",
    builder="instalment",
    skip=_skip_instalment,
    checked_when="the case has an instalment plan",
    party_role="申请人",
    plan="instalment",
    plan_label="分期方案",
)

#: Every document, in the order drafts are written and listed.
DOCUMENTS: tuple[Document, ...] = (ANSWER, EVIDENCE, INSTALMENT)
BY_KEY = MappingProxyType({d.key: d for d in DOCUMENTS})
KEYS: tuple[str, ...] = tuple(BY_KEY)


def get(key: str) -> Document:
    """The document named ``key`` (ValueError naming the known keys)."""
    try:
        return BY_KEY[key]
    except KeyError:
        raise ValueError(f"未知文书“{key}” / unknown document {key!r}; known: {', '.join(KEYS)}") from None


def check_keys(keys: Iterable[str]) -> tuple[str, ...]:
    """``keys`` without repeats, each checked (ValueError on the first unknown one)."""
    unique = tuple(dict.fromkeys(keys))
    for key in unique:
        get(key)
    return unique


def label_of(case: Case, field: str) -> str:
    """The label the first document that needs ``field`` of ``case`` gives it ("" when none does)."""
    for document in DOCUMENTS:
        if document.plan and lookup(case, document.plan) is None:
            continue
        for need in document.needs:
            if need.field == field:
                return need.label
    return ""


def missing(case: Case, key: str) -> list[tuple[str, str]]:
    """The (field, label) pairs of document ``key``'s needs that ``case`` leaves empty."""
    return [(need.field, need.label) for need in get(key).missing(case)]
