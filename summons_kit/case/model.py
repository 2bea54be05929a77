"""The parsed case: frozen attrs classes, one per section of the case file.

Values here are already parsed (dates are ``datetime.date``/``datetime.datetime``, money is ``Decimal``); raw strings
are turned into them by :mod:`summons_kit.case.load`, using :mod:`summons_kit.fields`. Formatting that documents need
lives on these classes (a party writes its own 当事人 line), so templates stay short.
"""

from __future__ import annotations

import datetime as dt
import enum
import re
from collections.abc import Callable, Mapping
from decimal import Decimal
from types import MappingProxyType
from typing import Any, Literal

import attrs

from summons_kit.case import elements
from summons_kit.errors import FieldValueError
from summons_kit.fields.case_number import CaseNumber
from summons_kit.fields.claims import ClaimInfo, ClaimKind, Rate
from summons_kit.fields.identity import CreditCode, IdNumber


class Label(str):
    """The label of a party item a pleading prints (住所), knowing the :class:`Party` attribute it comes from
    (``address``), so a missing item is reported by its field, never mapped back from its label."""

    __slots__ = ("field",)
    field: str

    def __new__(cls, label: str, field: str) -> Label:
        made = super().__new__(cls, label)
        made.field = field
        return made


#: Called by formatting methods for a value that is missing, with its :class:`Label`; returns what to show
#: instead (e.g. 【待填：住所】).
Blank = Callable[[Label], str]


def _omit(_label: Label) -> str:
    return ""


@attrs.frozen
class Bounds:
    """The whole numbers a field allows: an attrs validator for direct construction, read by the loader too
    (from the field's metadata) so that a case file gets every out-of-range value reported at once."""

    low: int
    high: int | None = None
    expected: str = ""  # Chinese, overrides the default wording
    expected_en: str = ""

    def problem(self, value: int) -> tuple[str, str] | None:
        """(Chinese, English) of what was expected, or None when ``value`` is allowed."""
        if self.low <= value and (self.high is None or value <= self.high):
            return None
        if self.expected:
            return self.expected, self.expected_en
        if self.high is None:
            return f"应为不小于{self.low}的整数", f"expected a whole number of at least {self.low}"
        return f"应为{self.low}到{self.high}之间的整数", f"expected {self.low} to {self.high}"

    def __call__(self, _inst: object, attribute: attrs.Attribute, value: int | tuple[int, ...] | None) -> None:
        for one in value if isinstance(value, tuple) else (value,):
            found = None if one is None else self.problem(one)
            if found:
                raise FieldValueError(attribute.name, value, *found)


def _bounded(bounds: Bounds, **kwargs: object) -> Any:
    return attrs.field(validator=bounds, metadata={"bounds": bounds}, **kwargs)  # type: ignore[call-overload]


PAGES = Bounds(1)
COPIES = Bounds(1, 99)
TERM_MONTHS = Bounds(1, 600)
#: at most 60 instalments: 商业银行信用卡业务监督管理办法 (2011) 70 (unverified verbatim)
INSTALMENTS = Bounds(1, 60)
EVIDENCE_NUMBER = Bounds(1, None, "证据序号应从1开始", "evidence numbers start at 1")


class Procedure(enum.StrEnum):
    """审理程序."""

    ORDINARY = "普通程序"
    SIMPLE = "简易程序"
    SMALL_CLAIMS = "小额诉讼程序"

    @classmethod
    def parse(cls, text: str) -> Procedure:
        key = text.strip().lower().replace("-", "_").replace(" ", "_")
        found = _PROCEDURE_ALIASES.get(key)
        if found is None:
            raise ValueError(text)
        return found


_PROCEDURE_ALIASES = {
    "普通程序": Procedure.ORDINARY,
    "普通": Procedure.ORDINARY,
    "ordinary": Procedure.ORDINARY,
    "简易程序": Procedure.SIMPLE,
    "简易": Procedure.SIMPLE,
    "simple": Procedure.SIMPLE,
    "小额诉讼程序": Procedure.SMALL_CLAIMS,
    "小额诉讼": Procedure.SMALL_CLAIMS,
    "小额程序": Procedure.SMALL_CLAIMS,
    "small_claims": Procedure.SMALL_CLAIMS,
    "small_claim": Procedure.SMALL_CLAIMS,
}


class ServiceMethod(enum.StrEnum):
    """送达方式 (民诉法 87-95)."""

    DIRECT = "直接送达"  # 民诉法 87
    LEFT = "留置送达"  # 民诉法 89
    ELECTRONIC = "电子送达"  # 民诉法 90
    ENTRUSTED = "委托送达"  # 民诉法 91
    MAIL = "邮寄送达"  # 民诉法 91
    TRANSFERRED = "转交送达"  # 民诉法 92-94
    PUBLIC_NOTICE = "公告送达"  # 民诉法 95

    @classmethod
    def parse(cls, text: str) -> ServiceMethod:
        key = text.strip().lower()
        for method in cls:
            if key in (method.value, method.name.lower(), method.value.removesuffix("送达")):
                return method
        if key in ("post", "postal", "email", "e-service"):
            return cls.MAIL if key in ("post", "postal") else cls.ELECTRONIC
        raise ValueError(text)


class PartyKind(enum.StrEnum):
    PERSON = "person"
    ORGANIZATION = "organization"


class LenderKind(enum.StrEnum):
    """Who lent the money: decides which interest cap applies (see law.limits)."""

    LICENSED = "licensed"  # banks, consumer-finance companies: 法发〔2017〕22号 item 2 (24 %)
    LOCAL_FINANCIAL = "local_financial"  # small-loan companies etc.: excluded from the private-lending rule
    PRIVATE = "private"  # private lending: 民间借贷司法解释 25 (4x LPR)


_ORGANIZATION_SUFFIXES = (
    "公司",
    "银行",
    "中心",
    "合作社",
    "事务所",
    "研究院",
    "学校",
    "医院",
    "委员会",
    "分行",
    "支行",
    "营业部",
    "集团",
    "企业",
    "工作室",
    "商行",
    "厂",
    "店",
    "协会",
    "基金会",
)


def infer_kind(name: str, credit_code: object = None) -> PartyKind:
    """Person or organization, from the presence of a credit code or the shape of the name."""
    if credit_code:
        return PartyKind.ORGANIZATION
    stripped = name.strip().rstrip(")）")
    if stripped.endswith(_ORGANIZATION_SUFFIXES) or len(stripped) > 6:
        return PartyKind.ORGANIZATION
    return PartyKind.PERSON


def _join(parts: list[str]) -> str:
    return "，".join(p for p in parts if p)


_BREAK = re.compile(r"\s*[\r\n\u2028\u2029]+\s*")
_PUNCTUATION = "，。；：、,.;:"


def one_line(text: str) -> str:
    """``text`` with its line breaks made a ``，`` (none after punctuation): a break typed in an address must not
    split the 当事人 line, which a pleading prints as one paragraph."""

    def mend(match: re.Match[str]) -> str:
        before = text[match.start() - 1] if match.start() else ""
        return "" if not before or before in _PUNCTUATION or match.end() == len(text) else "，"

    return _BREAK.sub(mend, text)


#: An organization whose head is its 负责人, not a 法定代表人: a branch (分支机构) has no legal personality of its own
#: and is represented by its 负责人 (民诉法 第51条第2款; 民诉法解释 第52条 (unverified)).
BRANCH_SUFFIXES = ("分行", "支行", "信用卡中心", "分公司", "营业部", "分中心")


#: the identity document of a person who is not a mainland resident (no checksum is known for these numbers)
IdType = Literal["港澳居民来往内地通行证", "台湾居民来往大陆通行证", "护照", "外国人永久居留身份证"]
#: the documents a foreigner holds (a foreigner has no 民族)
FOREIGN_ID_TYPES = frozenset({"护照", "外国人永久居留身份证"})


@attrs.frozen
class Party:
    """A plaintiff or defendant, natural person or organization."""

    name: str
    kind: PartyKind = PartyKind.PERSON
    id_number: IdNumber | None = None  # persons: 公民身份号码
    credit_code: CreditCode | None = None  # organizations: 统一社会信用代码
    representative: str = ""  # 法定代表人 / 负责人
    representative_title: str = ""  # 职务, e.g. 董事长
    address: str = ""  # 住所 (persons: 户籍所在地; organizations: 住所地)
    residence: str = ""  # 经常居住地, where it differs from the address
    phone: str = ""
    gender: str = ""  # 男 | 女; taken from the id number when absent
    birth_date: dt.date | None = None  # taken from the id number when absent
    ethnicity: str = ""  # 民族
    occupation: str = ""  # 工作单位、职务 / 职业
    org_type: str = ""  # 类型, e.g. 股份有限公司
    abroad: bool = False  # no domicile in mainland China (民诉法 285: 30-day answer period)
    #: joined as the spouse of the borrower, the claim calling the debt a 夫妻共同债务 (民法典 1064)
    spouse: bool = False
    #: 国籍 or 地区 of a person who is not a mainland resident (美国; 中国香港特别行政区)
    nationality: str = ""
    #: the identity document of such a person (instead of the 公民身份号码) and its number, printed as given
    id_type: IdType | None = None
    id_document: str = ""

    @property
    def is_foreigner(self) -> bool:
        """A person identified by a passport or a foreigner's permanent residence card, not of Chinese nationality:
        the 当事人 line gives the 国籍 and no 民族."""
        return self.id_type in FOREIGN_ID_TYPES and not self.nationality.startswith("中国")

    @property
    def mainland(self) -> bool:
        """A person identified by the 公民身份号码 (no other identity document entered)."""
        return self.id_type is None

    @property
    def is_person(self) -> bool:
        return self.kind is PartyKind.PERSON

    @property
    def gender_text(self) -> str:
        if self.gender:
            return self.gender
        return self.id_number.gender_zh if self.id_number else ""

    @property
    def birth(self) -> dt.date | None:
        if self.birth_date:
            return self.birth_date
        return self.id_number.birth if self.id_number else None

    @property
    def birth_text(self) -> str:
        born = self.birth
        return f"{born.year}年{born.month}月{born.day}日" if born else ""

    @property
    def is_branch(self) -> bool:
        """A branch (分行, 支行, 信用卡中心, 分公司, 营业部 …, by its name or ``org_type``): headed by a 负责人."""
        if self.is_person:
            return False
        name = self.name.strip().rstrip(")）")
        return name.endswith(BRANCH_SUFFIXES) or any(s in self.org_type for s in ("分支机构", *BRANCH_SUFFIXES))

    @property
    def head_title(self) -> str:
        """法定代表人, or 负责人 for a branch."""
        return "负责人" if self.is_branch else "法定代表人"

    def line(self, role: str, blank: Blank = _omit) -> str:
        """The 当事人 line as a Chinese pleading writes it, on one line (a typed line break becomes ``，``).

        ``答辩人：张伟，男，1992年6月18日出生，汉族，住广州市……，公民身份号码……，联系电话……。``
        ``blank(label)`` supplies the text for a missing item that a pleading needs (default: leave it out).
        """
        if self.is_person:
            born = self.birth_text
            parts = [
                self.name or blank(Label("姓名", "name")),
                self.gender_text or blank(Label("性别", "gender")),
                f"{born}出生" if born else blank(Label("出生日期", "birth_date")),
                self._origin(blank),
                self.occupation,
                f"住{self.address}" if self.address else blank(Label("住所", "address")),
                f"经常居住地{self.residence}" if self.residence else "",
                self._identity(blank),
                f"联系电话{self.phone}" if self.phone else blank(Label("联系电话", "phone")),
            ]
            return one_line(f"{role}：{_join(parts)}。")
        parts = [
            self.name or blank(Label("名称", "name")),
            f"住所地{self.address}" if self.address else blank(Label("住所地", "address")),
            f"统一社会信用代码{self.credit_code}"
            if self.credit_code
            else blank(Label("统一社会信用代码", "credit_code")),
            f"联系电话{self.phone}" if self.phone else "",
        ]
        return one_line(f"{role}：{_join(parts)}。")

    def _origin(self, blank: Blank) -> str:
        """民族 (a mainland resident: required); 国籍 for a foreigner (no 民族); 地区居民 for a 港澳台 resident."""
        if self.is_foreigner:
            return f"国籍{self.nationality}" if self.nationality else blank(Label("国籍", "nationality"))
        if not self.mainland:
            region = f"{self.nationality}居民" if self.nationality and not self.nationality.endswith("居民") else ""
            return _join([region or self.nationality, self.ethnicity])
        return self.ethnicity or blank(Label("民族", "ethnicity"))

    def _identity(self, blank: Blank) -> str:
        if self.id_type is not None:
            label = f"{self.id_type}号码"
            return f"{label}{self.id_document}" if self.id_document else blank(Label(label, "id_document"))
        return f"公民身份号码{self.id_number}" if self.id_number else blank(Label("公民身份号码", "id_number"))

    def representative_line(self, blank: Blank = _omit) -> str:
        """``法定代表人：陈某某，董事长。`` for organizations (``负责人：…`` for a branch); empty for persons."""
        if self.is_person:
            return ""
        title = self.head_title
        name = self.representative or blank(Label(title, "representative"))
        if not name:
            return ""
        return one_line(f"{title}：{_join([name, self.representative_title])}。")

    def lines(self, role: str, blank: Blank = _omit) -> list[str]:
        """The party block: its line and, for an organization, the representative's line."""
        return [x for x in (self.line(role, blank), self.representative_line(blank)) if x]


@attrs.frozen
class Agent:
    """委托诉讼代理人."""

    name: str
    firm: str = ""  # 工作单位, e.g. 某某律师事务所
    title: str = "律师"  # 律师 | 基层法律服务工作者 | 近亲属 ...
    phone: str = ""
    #: 一般授权 or 特别授权 (民诉法 62); a bare 全权代理 is general only (民诉法解释 89)
    authority: Literal["general", "special"] = "general"
    #: the special powers granted (代为承认、放弃、变更诉讼请求，进行和解，提起反诉或者上诉 …), each as written
    powers: tuple[str, ...] = ()
    id_number: str = ""  # 身份证号码 of an agent who is not a lawyer (a relative, a colleague)

    def line(self) -> str:
        work = f"{self.firm}{self.title}" if self.firm else self.title
        phone = f"联系电话{self.phone}" if self.phone else ""
        return f"委托诉讼代理人：{_join([self.name, work, phone])}。"


@attrs.frozen
class Court:
    """What the court papers say about the court and the case."""

    name: str = ""
    case_number: CaseNumber | None = None
    cause: str = ""  # 案由
    procedure: Procedure | None = None


@attrs.frozen
class Service:
    """送达 and the dates the court set."""

    served_on: dt.date | None = None  # received the complaint copy; for 公告送达 the publication date
    method: ServiceMethod | None = None
    evidence_deadline: dt.date | None = None  # 举证期限届满日 from the 举证通知书
    hearing: dt.datetime | dt.date | None = None
    hearing_place: str = ""
    notice_date: dt.date | None = None  # the date printed on the notices (落款日期)
    answer_deadline: dt.date | None = None  # the last day of the answer period the court's notice states
    #: mail service abroad: the day the court mailed the complaint copy (deemed served 3 months later when no
    #: receipt came back, 民诉法 283)
    mailed_on: dt.date | None = None
    judgment_served_on: dt.date | None = None  # the first-instance judgment (判决书) was received: appeal period
    ruling_served_on: dt.date | None = None  # an appealable ruling (裁定书, e.g. on jurisdiction) was received


@attrs.frozen
class Claim:
    """One 诉讼请求 of the complaint."""

    text: str
    amount: Decimal | None = None
    info: ClaimInfo | None = None  # what the text says, read by fields.claims

    @property
    def kind(self) -> ClaimKind:
        return self.info.kind if self.info else ClaimKind.OTHER

    @property
    def rate(self) -> Rate | None:
        return self.info.rate if self.info else None


@attrs.frozen
class Complaint:
    """Facts from the complaint beyond its claims."""

    total: Decimal | None = None  # a total the complaint states (以上第1、2项合计……)
    filed_on: dt.date | None = None  # the date the complaint was filed or signed


@attrs.frozen
class Evidence:
    """One item of the defendant's evidence (证据规定 19)."""

    name: str
    source: str = ""
    purpose: str = ""  # 证明目的
    pages: int | None = _bounded(PAGES, default=None)
    original: bool = False  # True: 原件 shown; False: 复印件
    copies: int | None = _bounded(COPIES, default=None)  # 份数; default: one per opposing party (证据规定 19)
    group: str = ""  # what the item proves, used to group the list (e.g. 还款情况)

    @property
    def form_text(self) -> str:
        return "原件" if self.original else "复印件"


class EvidenceKind(enum.StrEnum):
    """What an item of the plaintiff's evidence is, for the typical 质证 points on it."""

    CONTRACT = "电子合同"  # loan or card contract, usually signed online
    SIGNATURE = "电子签名"  # a CA certificate or signing record
    DISBURSEMENT = "放款凭证"
    REPAYMENTS = "还款明细"
    COLLECTION = "催收记录"
    ASSIGNMENT = "债权转让协议"
    NOTICE = "转让通知"
    OTHER = "其他"

    @classmethod
    def parse(cls, text: str) -> EvidenceKind:
        key = text.strip().lower()
        for kind in cls:
            if key in (kind.value, kind.name.lower()):
                return kind
        found = _EVIDENCE_KIND_ALIASES.get(key)
        if found is None:
            raise ValueError(text)
        return found


_EVIDENCE_KIND_ALIASES = {
    "合同": EvidenceKind.CONTRACT,
    "借款合同": EvidenceKind.CONTRACT,
    "领用合约": EvidenceKind.CONTRACT,
    "签名": EvidenceKind.SIGNATURE,
    "ca证书": EvidenceKind.SIGNATURE,
    "放款记录": EvidenceKind.DISBURSEMENT,
    "转账凭证": EvidenceKind.DISBURSEMENT,
    "还款记录": EvidenceKind.REPAYMENTS,
    "账单": EvidenceKind.REPAYMENTS,
    "对账单": EvidenceKind.REPAYMENTS,
    "催收": EvidenceKind.COLLECTION,
    "转让协议": EvidenceKind.ASSIGNMENT,
    "债权转让通知": EvidenceKind.NOTICE,
    "通知": EvidenceKind.NOTICE,
    "公告": EvidenceKind.NOTICE,
}


@attrs.frozen
class PlaintiffEvidence:
    """One item of the plaintiff's evidence, as its 证据目录 lists it (for the 质证意见)."""

    name: str
    kind: EvidenceKind = EvidenceKind.OTHER
    purpose: str = ""  # 证明目的 the plaintiff states
    pages: int | None = _bounded(PAGES, default=None)


@attrs.frozen
class EvidenceExtension:
    """延期举证: the day asked for and why the evidence could not be had in time (民诉法解释 100)."""

    until: dt.date
    reasons: str = ""  # what is being gathered, from whom, why it is late
    items: tuple[str, ...] = ()  # the evidence being gathered


@attrs.frozen
class Loan:
    """The contract the suit is about (loan or credit card), as the defendant knows it."""

    contract_name: str = ""
    contract_number: str = ""
    signed_on: dt.date | None = None
    signed_place: str = ""
    lender: str = ""  # the original lender; empty: the plaintiff itself
    lender_kind: LenderKind | None = None  # inferred from the lender's name when absent
    principal: Decimal | None = None
    disbursed_on: dt.date | None = None
    term_months: int | None = _bounded(TERM_MONTHS, default=None)
    rate: Rate | None = None  # the contract rate, e.g. 日利率0.05%
    penalty_rate: Rate | None = None  # the overdue rate, e.g. 日利率0.075%
    repayment_method: str = ""  # 按月等额本息 ...
    first_due: dt.date | None = None
    last_due: dt.date | None = None  # due date of the last instalment (limitation runs from it)
    accelerated_on: dt.date | None = None  # 宣布提前到期
    overdue_since: dt.date | None = None
    repaid: Decimal | None = None  # principal and interest the defendant has repaid in total
    repaid_principal: Decimal | None = None
    #: what the borrower actually received (less than ``principal`` when interest or fees were deducted in
    #: advance: the principal counts at this amount, 民法典 670)
    amount_received: Decimal | None = None
    #: the fixed amount due each month under the repayment schedule (每期还款额), fees included
    instalment_amount: Decimal | None = None
    last_payment_on: dt.date | None = None
    standard_form: bool | None = None  # the lender's standard-form contract (格式条款); None: not stated
    venue_clause: str = ""  # the jurisdiction clause as the contract words it
    guarantee: str = ""  # 担保 (empty: none)
    card_tail: str = ""  # credit cards: last digits of the card number
    last_collection_on: dt.date | None = None  # last demand for payment known to the defendant

    @property
    def original_lender(self) -> str:
        return self.lender


@attrs.frozen
class Assignment:
    """债权转让: the plaintiff bought the debt."""

    assignor: str = ""  # 原债权人
    assigned_on: dt.date | None = None
    notified: bool | None = None  # whether the debtor was notified before the suit (民法典 546)
    notice_method: str = ""  # e.g. 报纸公告, 短信, 书面通知
    notified_on: dt.date | None = None


@attrs.frozen
class Position:
    """The defendant's position on one element row: dispute (有异议, True), agree (无异议, False) or not said
    (None: the drafts ask the lawyer to confirm, never tick 无异议 by default — that would be an admission)."""

    disputed: bool | None = None
    text: str = ""


@attrs.frozen
class AnswerPoint:
    """One 答辩意见: free text, the evidence numbers it relies on, and optionally its legal basis."""

    text: str
    evidence: tuple[int, ...] = _bounded(EVIDENCE_NUMBER, default=())
    basis: str = ""
    title: str = ""


def _check_keys(allowed: frozenset[str]) -> Callable[[object, attrs.Attribute, Mapping[str, Position]], None]:
    def validate(_inst: object, attribute: attrs.Attribute, value: Mapping[str, Position]) -> None:
        unknown = sorted(set(value) - allowed)
        if unknown:
            raise ValueError(f"unknown {attribute.name} key(s) {unknown}; known: {sorted(allowed)}")

    return validate


def _frozen_map(value: Mapping[str, Position]) -> Mapping[str, Position]:
    return MappingProxyType(dict(value))


#: an electronic-service method of the element form (是否接受电子送达: 是☐ 方式 …)
ElectronicMethod = Literal["短信", "微信", "传真", "电子邮箱", "其他"]


@attrs.frozen
class Defence:
    """The defendant's answer: position per element row, answer points, and delivery details."""

    items: Mapping[str, Position] = attrs.field(
        factory=dict, converter=_frozen_map, validator=_check_keys(elements.ITEM_KEYS)
    )
    facts: Mapping[str, Position] = attrs.field(
        factory=dict, converter=_frozen_map, validator=_check_keys(elements.FACT_KEYS)
    )
    points: tuple[AnswerPoint, ...] = ()
    suggest: bool = True  # add the points the legal checks suggest
    delivery_address: str = ""  # 送达地址; defaults to the defendant's address
    recipient: str = ""  # 收件人
    delivery_phone: str = ""
    electronic_service: bool | None = None  # 是否接受电子送达
    email: str = ""
    #: the electronic-service methods accepted (the element form's 短信 / 微信 / 传真 / 电子邮箱 / 其他 boxes); an
    #: ``email`` alone means 电子邮箱 (民诉法 第90条; 民诉法解释 第135条-第136条 (unverified))
    electronic_methods: tuple[ElectronicMethod, ...] = ()
    venue_court: str = ""  # the court a jurisdiction objection asks to transfer the case to (管辖权异议申请书)
    joint: bool = False  # the answer (and the applications) are filed by every defendant together


@attrs.frozen
class Instalment:
    """The instalment settlement the defendant proposes (分期还款申请)."""

    months: int = attrs.field(validator=INSTALMENTS, metadata={"bounds": INSTALMENTS})  # no default: a field
    first_due: dt.date
    down_payment: Decimal = Decimal("0.00")
    #: default (summons_kit.law.instalment.instalment_total): the undisputed amounts, else the claimed principal
    total: Decimal | None = None
    addressee: Literal["plaintiff", "court"] = "plaintiff"
    reasons: str = ""  # hardship: unemployment, illness, loss of income
    monthly_income: Decimal | None = None
    monthly_expenses: Decimal | None = None
    repaid: Decimal | None = None  # amounts already repaid
    waive_penalty: bool = True  # ask to waive 罚息/复利/违约金 and stop interest accruing
    attachments: tuple[str, ...] = ()
    #: the defendant, told that limitation may have run, still wants to offer instalments (waiving the defence:
    #: 诉讼时效司法解释 19); without it no instalment request is drafted when limitation may have expired
    despite_limitation: bool = False
    #: move a due day that is not a working day to the next working day; default False: the agreed day stands
    #: (a debtor may always pay early: 民法典 第530条 (unverified))
    roll_to_workday: bool = False


@attrs.frozen
class DocumentOptions:
    """How the drafts are dated and styled."""

    date: dt.date | None = None  # the date written on the drafts; default: the day they are drafted
    style: Literal["element", "narrative"] | None = None  # answer style; default by cause
    copies: int | None = _bounded(COPIES, default=None)  # 附：本答辩状副本×份 (default: one per plaintiff)


@attrs.frozen
class Case:
    """A whole case as entered from the court papers."""

    court: Court = attrs.Factory(Court)
    service: Service = attrs.Factory(Service)
    plaintiff: Party = attrs.Factory(lambda: Party(name=""))
    defendant: Party = attrs.Factory(lambda: Party(name=""))
    agent: Agent | None = None
    #: the plaintiffs and defendants after the first ([[plaintiffs]] / [[defendants]] in a case file)
    co_plaintiffs: tuple[Party, ...] = ()
    co_defendants: tuple[Party, ...] = ()
    claims: tuple[Claim, ...] = ()
    complaint: Complaint = attrs.Factory(Complaint)
    evidence: tuple[Evidence, ...] = ()
    loan: Loan | None = None
    assignment: Assignment | None = None
    defence: Defence = attrs.Factory(Defence)
    instalment: Instalment | None = None
    plaintiff_evidence: tuple[PlaintiffEvidence, ...] = ()
    evidence_extension: EvidenceExtension | None = None
    documents: DocumentOptions = attrs.Factory(DocumentOptions)
    #: the raw text of every parsed field, by path (``service.served_on`` -> ``二〇二五年九月十一日``)
    source: Mapping[str, str] = attrs.field(factory=dict, converter=lambda m: MappingProxyType(dict(m)), eq=False)

    def raw(self, path: str) -> str:
        """What the user entered at ``path`` (empty when the field was not entered as text)."""
        return self.source.get(path, "")

    @property
    def plaintiffs(self) -> tuple[Party, ...]:
        """Every plaintiff, the first (``plaintiff``) first."""
        return (self.plaintiff, *self.co_plaintiffs)

    @property
    def defendants(self) -> tuple[Party, ...]:
        """Every defendant, the first (``defendant``, the one who answers unless ``defence.joint``) first."""
        return (self.defendant, *self.co_defendants)

    @property
    def filers(self) -> tuple[Party, ...]:
        """The defendants who file the answer and the applications: all of them when ``defence.joint``, else the
        first."""
        return self.defendants if self.defence.joint else (self.defendant,)

    @property
    def delivery_address(self) -> str:
        """送达地址: ``defence.delivery_address``, else the (first) defendant's address."""
        return self.defence.delivery_address or self.defendant.address

    @property
    def claimed_total(self) -> Decimal:
        """The sum of the amounts of all claims that state one."""
        return sum((c.amount for c in self.claims if c.amount is not None), Decimal("0.00"))

    @property
    def original_lender(self) -> str:
        """The lender whose contract is sued on: the loan's lender, else the assignor, else the plaintiff."""
        if self.loan is not None and self.loan.lender:
            return self.loan.lender
        if self.assignment is not None and self.assignment.assignor:
            return self.assignment.assignor
        return self.plaintiff.name

    @property
    def instalment_total(self) -> Decimal | None:
        """``instalment.total``, else the sum of the claims (what ``instalment.total_differs`` compares with); the
        request itself offers :func:`summons_kit.law.instalment.instalment_total` (never a disputed amount)."""
        if self.instalment is None:
            return None
        return self.instalment.total if self.instalment.total is not None else self.claimed_total
