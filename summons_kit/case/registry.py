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

from summons_kit.case.elements import element_form
from summons_kit.case.model import Case, PartyKind, Procedure

#: A document's skip rule: (case, finding codes, named by the caller) -> why it is not drafted ("" = draft it).
SkipRule = Callable[[Case, frozenset[str], bool], str]


@attrs.frozen
class Need:
    """A case field a document needs: its dotted path on :class:`Case` and the label the document gives it."""

    field: str
    label: str
    only_for: PartyKind | None = None  # a person has no credit code, an organization no id number
    #: the path read to decide whether the field is given, when the draft prints a derived value (a person's
    #: gender and birth date come from the id number: ``defendant.gender_text``); "" = ``field``
    read: str = ""
    #: a further condition on the case (None = always), e.g. the answer's points only in a narrative answer
    when: Callable[[Case], bool] | None = None

    def applies(self, case: Case) -> bool:
        """Whether ``case`` is asked for this field (the party's kind decides between id number and credit code)."""
        if self.when is not None and not self.when(case):
            return False
        if self.only_for is None:
            return True
        return lookup(case, self.field.rsplit(".", 1)[0] + ".kind") is self.only_for

    def given(self, case: Case) -> bool:
        return not is_missing(lookup(case, self.read or self.field))


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
    basis: str  # the name of its legal basis in summons_kit.law.basis (the law owns citations as data)
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

    def wanted(self, case: Case, codes: frozenset[str] = frozenset()) -> bool:
        """Whether ``case`` (with the report's finding ``codes``) calls for this document: drafted by default, its
        fields checked for completeness."""
        return not self.skip(case, codes, False)

    def missing(self, case: Case) -> list[Need]:
        """The needs ``case`` leaves empty (the plan as a whole when the case has none)."""
        if self.plan and is_missing(lookup(case, self.plan)):
            return [Need(self.plan, self.plan_label)]
        return [need for need in self.needs if need.applies(case) and not need.given(case)]


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


#: the limitation check's finding (summons_kit.law.rules_limitation.INSTALMENT_WAIVES)
WAIVES_LIMITATION = "instalment.waives_limitation"
LIMITATION_WAIVED = (
    "诉讼时效可能已届满：诉讼时效期间届满后同意履行（包括提出分期还款）的，不得再以时效届满为由抗辩"
    "（《诉讼时效司法解释》第19条；《民法典》第192条第2款），因此不起草分期还款申请；答辩人知悉后仍要申请的，"
    "请填写 [instalment] despite_limitation = true / limitation may have run: an offer to pay after it has run "
    "waives the limitation defence (SPC limitation provisions art. 19; Civil Code art. 192(2)), so the request is "
    "not drafted; set [instalment] despite_limitation = true if the defendant, told so, still wants it"
)


def _skip_instalment(case: Case, codes: frozenset[str], _named: bool) -> str:
    if case.instalment is None:
        return NO_PLAN
    if WAIVES_LIMITATION in codes and not case.instalment.despite_limitation:
        return LIMITATION_WAIVED
    return ""


#: the finding of the venue check that suggests a jurisdiction objection (summons_kit.law.rules_parties)
FAR_COURT = "jurisdiction.far_court"
#: a far court that a venue clause or the place of performance may support: offered, not drafted by default
FAR_COURT_WEAK = frozenset({"jurisdiction.far_court_lender_seat", "jurisdiction.far_court_no_clause"})
WEAK_VENUE = (
    "受诉法院不在答辩人住所地，但合同管辖条款或履行地可能支持该法院管辖（jurisdiction.far_court_lender_seat / "
    "far_court_no_clause）：异议能否成立取决于条款是否经提示等事实，请律师判断后用 --documents objection 起草 / "
    "the court is far from the defendant but a venue clause or the place of performance may support it: whether an "
    "objection holds depends on facts for the lawyer (e.g. was the clause brought to notice); use --documents "
    "objection to draft it"
)
NO_VENUE_FINDING = (
    "案件检查未发现受诉法院不在答辩人住所地（jurisdiction.far_court）；如有管辖异议可用 --documents objection 起草 / "
    "the check found no venue problem (jurisdiction.far_court); use --documents objection to draft it anyway"
)
NOT_SMALL_CLAIMS = (
    "本案未适用小额诉讼程序（court.procedure） / the case is not under the small-claims procedure (court.procedure)"
)
NO_PLAINTIFF_EVIDENCE = (
    "案件未列出原告证据([[plaintiff_evidence]]) / the case lists none of the plaintiff's evidence "
    "([[plaintiff_evidence]])"
)
NO_AGENT = "案件未填写委托诉讼代理人([agent]) / the case names no agent ([agent])"
A_PERSON = (
    "答辩的被告均为自然人,无需法定代表人身份证明书 / the defendants who file are natural persons: no "
    "representative's certificate"
)
NO_EXTENSION = (
    "案件未申请延期举证([evidence_extension]) / the case asks for no extension of the evidence period "
    "([evidence_extension])"
)
IN_COURT = (
    "案件已进入诉讼([court]);诉讼外协商还款申请书可用 --documents negotiation 起草 / the case is before a court "
    "([court]); use --documents negotiation for a letter to the lender"
)


def _skip_objection(_case: Case, codes: frozenset[str], named: bool) -> str:
    if FAR_COURT in codes or named:
        return ""
    return WEAK_VENUE if codes & FAR_COURT_WEAK else NO_VENUE_FINDING


def _skip_small_claims(case: Case, _codes: frozenset[str], named: bool) -> str:
    return "" if case.court.procedure is Procedure.SMALL_CLAIMS or named else NOT_SMALL_CLAIMS


def _skip_cross_examination(case: Case, _codes: frozenset[str], named: bool) -> str:
    return "" if case.plaintiff_evidence or named else NO_PLAINTIFF_EVIDENCE


def _skip_power_of_attorney(case: Case, _codes: frozenset[str], _named: bool) -> str:
    return NO_AGENT if case.agent is None else ""


def _skip_representative(case: Case, _codes: frozenset[str], _named: bool) -> str:
    return "" if any(p.kind is PartyKind.ORGANIZATION for p in case.filers) else A_PERSON


def _skip_extension(case: Case, _codes: frozenset[str], _named: bool) -> str:
    return NO_EXTENSION if case.evidence_extension is None else ""


def _skip_negotiation(case: Case, _codes: frozenset[str], named: bool) -> str:
    court = case.court
    return "" if named or not (court.name or court.case_number) else IN_COURT


def _narrative_without_arguments(case: Case) -> bool:
    """A narrative answer (the case's style, else the default for a cause without an element form) with no point
    and no element row entered: its 答辩意见 is to be written (an element answer has its rows)."""
    style = case.documents.style or ("element" if element_form(case.court.cause) else "narrative")
    defence = case.defence
    return style == "narrative" and not (defence.points or defence.items or defence.facts)


# --- the documents ------------------------------------------------------------------------------------------

ANSWER = Document(
    key="answer",
    title="民事答辩状",
    name_zh="答辩状",
    name_en="answer",
    basis="ANSWER_FORM",
    needs=(
        Need("court.name", "受诉法院"),
        Need("court.case_number", "案号"),
        Need("court.cause", "案由"),
        Need("plaintiff.name", "原告名称"),
        Need("defendant.name", "答辩人姓名"),
        Need("defendant.address", "答辩人住所"),
        Need("defendant.phone", "答辩人联系电话"),
        Need("defendant.id_number", "答辩人身份证号码", PartyKind.PERSON, when=lambda case: case.defendant.mainland),
        Need(
            "defendant.id_document", "答辩人证件号码", PartyKind.PERSON, when=lambda case: not case.defendant.mainland
        ),
        Need("defendant.credit_code", "答辩人统一社会信用代码", PartyKind.ORGANIZATION),
        # the other items the 当事人 line of a person prints (诉讼文书样式: 姓名、性别、出生日期、民族、住所 …)
        Need("defendant.gender", "答辩人性别", PartyKind.PERSON, read="defendant.gender_text"),
        Need("defendant.birth_date", "答辩人出生日期", PartyKind.PERSON, read="defendant.birth"),
        Need("defendant.ethnicity", "答辩人民族", PartyKind.PERSON, when=lambda case: case.defendant.mainland),
        Need("defendant.nationality", "答辩人国籍", PartyKind.PERSON, when=lambda case: case.defendant.is_foreigner),
        Need("defence.delivery_address", "送达地址", read="delivery_address"),
        # 收件人 is a person: an organization names the one who receives its papers
        Need("defence.recipient", "收件人", when=lambda case: not case.defendant.is_person),
        Need("defence.points", "答辩意见", when=_narrative_without_arguments),
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
    basis="EVIDENCE_RULES_19",
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
    basis="INSTALMENT_CUSTOM",
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

OBJECTION = Document(
    key="objection",
    title="管辖权异议申请书",
    name_zh="管辖权异议申请书",
    name_en="jurisdiction objection",
    basis="OBJECTION_DOCUMENT",
    # the parties and the case are the answer's needs; the court to move to (defence.venue_court) is marked in the
    # draft, not warned about: the venue finding already proposes the objection
    needs=(),
    templates=(TemplateFile("", "objection.docx", "管辖权异议申请书"),),
    section="objection",
    builder="objection",
    skip=_skip_objection,
    checked_when="the venue check raises jurisdiction.far_court",
    party_role="申请人",
)

SMALL_CLAIMS_OBJECTION = Document(
    key="small_claims_objection",
    title="对适用小额诉讼程序的异议",
    name_zh="小额诉讼程序异议",
    name_en="small-claims objection",
    basis="SMALL_CLAIMS_OBJECTION_DOCUMENT",
    needs=(),  # the answer's needs cover its parties and case (checked once, for the answer)
    templates=(TemplateFile("", "small_claims_objection.docx", "对适用小额诉讼程序的异议"),),
    section="small_claims_objection",
    builder="small_claims",
    skip=_skip_small_claims,
    checked_when="the case is under the small-claims procedure",
    party_role="申请人",
)

CROSS_EXAMINATION = Document(
    key="cross_examination",
    title="质证意见",
    name_zh="质证意见",
    name_en="opinions on the plaintiff's evidence",
    basis="CROSS_EXAMINATION_DOCUMENT",
    needs=(),  # the plan: the plaintiff's evidence
    templates=(TemplateFile("", "cross_examination.docx", "质证意见"),),
    section="cross_examination",
    builder="cross_examination",
    skip=_skip_cross_examination,
    checked_when="the case lists the plaintiff's evidence",
    plan="plaintiff_evidence",
    plan_label="原告证据",
)

POWER_OF_ATTORNEY = Document(
    key="power_of_attorney",
    title="授权委托书",
    name_zh="授权委托书",
    name_en="power of attorney",
    basis="POWER_OF_ATTORNEY_DOCUMENT",
    needs=(Need("agent.phone", "受委托人联系电话"),),
    templates=(TemplateFile("", "power_of_attorney.docx", "授权委托书"),),
    section="power_of_attorney",
    builder="power_of_attorney",
    skip=_skip_power_of_attorney,
    checked_when="the case names an agent",
    party_role="委托人",
    plan="agent",
    plan_label="委托诉讼代理人",
)

REPRESENTATIVE_CERTIFICATE = Document(
    key="representative_certificate",
    title="法定代表人身份证明书",
    name_zh="法定代表人身份证明书",
    name_en="representative's certificate",
    basis="REPRESENTATIVE_DOCUMENT",
    needs=(
        Need("defendant.representative", "法定代表人（负责人）", PartyKind.ORGANIZATION),
        Need("defendant.representative_title", "法定代表人（负责人）职务", PartyKind.ORGANIZATION),
    ),
    templates=(TemplateFile("", "representative_certificate.docx", "法定代表人身份证明书"),),
    section="representative_certificate",
    builder="representative",
    skip=_skip_representative,
    checked_when="the defendant is an organization",
)

EVIDENCE_EXTENSION = Document(
    key="evidence_extension",
    title="延期举证申请书",
    name_zh="延期举证申请书",
    name_en="evidence-period extension",
    basis="EVIDENCE_EXTENSION_DOCUMENT",
    needs=(Need("evidence_extension.reasons", "延期举证的理由"),),
    templates=(TemplateFile("", "evidence_extension.docx", "延期举证申请书"),),
    section="evidence_extension",
    builder="extension",
    skip=_skip_extension,
    checked_when="the case asks for an extension",
    party_role="申请人",
    plan="evidence_extension",
    plan_label="延期举证申请（[evidence_extension]）",
)

NEGOTIATION = Document(
    key="negotiation",
    title="协商还款申请书",
    name_zh="协商还款申请书",
    name_en="repayment negotiation letter",
    basis="NEGOTIATION_DOCUMENT",
    needs=(Need("instalment", "还款方案"),),  # the applicant's items: the answer's needs
    templates=(TemplateFile("", "negotiation.docx", "协商还款申请书"),),
    section="negotiation",
    builder="negotiation",
    skip=_skip_negotiation,
    checked_when="the case has no court section",
    party_role="申请人",
)

#: Every document, in the order drafts are written and listed.
DOCUMENTS: tuple[Document, ...] = (
    ANSWER,
    EVIDENCE,
    INSTALMENT,
    OBJECTION,
    SMALL_CLAIMS_OBJECTION,
    CROSS_EXAMINATION,
    POWER_OF_ATTORNEY,
    REPRESENTATIVE_CERTIFICATE,
    EVIDENCE_EXTENSION,
    NEGOTIATION,
)
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
        if document.plan and is_missing(lookup(case, document.plan)):
            continue
        for need in document.needs:
            if need.field == field:
                return need.label
    return ""


def missing(case: Case, key: str) -> list[tuple[str, str]]:
    """The (field, label) pairs of document ``key``'s needs that ``case`` leaves empty."""
    return [(need.field, need.label) for need in get(key).missing(case)]
