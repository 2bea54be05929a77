"""The views of the case file's own sections: the court, service, the parties, the agent, the claims, the
complaint, the loan and the assignment (every value ready to print)."""

from __future__ import annotations

import attrs

from summons_kit.documents.views.base import Empty, doc


@attrs.frozen
class CourtView:
    """受诉法院与案件."""

    name: str = attrs.field(metadata=doc("受诉法院, e.g. 深圳前海合作区人民法院"))
    case_number: str = attrs.field(metadata=doc("案号, （2025）粤0391民初18888号"))
    cause: str = attrs.field(metadata=doc("案由, e.g. 金融借款合同纠纷"))
    procedure: str = attrs.field(metadata=doc("审理程序: 普通程序 | 简易程序 | 小额诉讼程序"))


@attrs.frozen
class ServiceView:
    """送达 and the dates the court set."""

    served_on: str = attrs.field(metadata=doc("收到起诉状副本之日"))
    method: str = attrs.field(metadata=doc("送达方式, e.g. 邮寄送达"))
    evidence_deadline: str = attrs.field(metadata=doc("举证期限届满日"))
    hearing: str = attrs.field(metadata=doc("开庭时间, 2025年10月15日上午9时30分"))
    hearing_place: str = attrs.field(metadata=doc("开庭地点"))
    notice_date: str = attrs.field(metadata=doc("the date on the court's notices"))


@attrs.frozen
class PartyView:
    """A party (原告 or 被告): its fields, its 当事人 line and its block."""

    name: str = attrs.field(metadata=doc("姓名或名称 / name"))
    kind: str = attrs.field(metadata=doc("自然人 | 法人、非法人组织"))
    is_person: bool = attrs.field(metadata=doc("True for a natural person (use in {% if %})"))
    line: str = attrs.field(
        metadata=doc("当事人 line under the party's role in the suit (原告:… / 被告:…), written by model.Party.line")
    )
    block: tuple[str, ...] = attrs.field(
        metadata=doc("the party's lines: its 当事人 line and, for an organization, the 法定代表人 line")
    )
    gender: str = attrs.field(metadata=doc("性别 (男/女; from the id number when not entered)"))
    male_box: str = attrs.field(metadata=doc("☑ when 男, else ☐ (element form 性别 男☐女☐)"))
    female_box: str = attrs.field(metadata=doc("☑ when 女, else ☐"))
    birth: str = attrs.field(metadata=doc("出生日期, 1992年6月18日 (from the id number when not entered)"))
    ethnicity: str = attrs.field(metadata=doc("民族"))
    occupation: str = attrs.field(metadata=doc("工作单位、职务 / 职业"))
    address: str = attrs.field(metadata=doc("住所 (persons: 户籍所在地; organizations: 住所地)"))
    residence: str = attrs.field(metadata=doc("经常居住地 (where it differs from the address)"))
    id_number: str = attrs.field(
        metadata=doc("公民身份号码 (persons); （护照）E12345678 for a person identified by another document (id_type)")
    )
    credit_code: str = attrs.field(metadata=doc("统一社会信用代码 (organizations)"))
    phone: str = attrs.field(metadata=doc("联系电话"))
    representative: str = attrs.field(metadata=doc("法定代表人 / 负责人 (organizations)"))
    representative_title: str = attrs.field(metadata=doc("法定代表人的职务"))
    representative_line: str = attrs.field(
        metadata=doc("法定代表人:陈某某,董事长。 (organizations; empty for persons)")
    )
    org_type: str = attrs.field(metadata=doc("类型 (organizations), e.g. 股份有限公司"))
    abroad: bool = attrs.field(metadata=doc("True when the party has no domicile in mainland China"))
    mainland: bool = attrs.field(
        default=True,
        metadata=doc(
            "False for a person identified by a permit or passport (id_type): the element form prints 住所地 "
            "without （户籍所在地）"
        ),
    )


@attrs.frozen
class AgentView:
    """委托诉讼代理人 of the defendant."""

    name: str = attrs.field(metadata=doc("姓名"))
    firm: str = attrs.field(metadata=doc("工作单位, e.g. 某某律师事务所"))
    title: str = attrs.field(metadata=doc("律师 | 基层法律服务工作者 | 近亲属 …"))
    phone: str = attrs.field(metadata=doc("联系电话"))
    line: str = attrs.field(metadata=doc("委托诉讼代理人:赵某某,某某律师事务所律师,联系电话…。"))


@attrs.frozen
class ClaimView:
    """One 诉讼请求."""

    no: int = attrs.field(metadata=doc("1, 2, …"))
    text: str = attrs.field(metadata=doc("the claim as the complaint words it"))
    amount: str = attrs.field(metadata=doc("its amount, 15,600.00 (empty when it states none)"))
    amount_words: str = attrs.field(metadata=doc("its amount in capital numerals, 人民币壹万伍仟陆佰元整"))
    kind: str = attrs.field(metadata=doc("本金 | 利息 | 罚息 | 复利 | 违约金/滞纳金 | 实现债权费用 | 诉讼费用 | 其他"))


@attrs.frozen
class ComplaintView:
    """Facts from the complaint beyond its claims."""

    total: str = attrs.field(metadata=doc("the total the complaint states (以上第1、2项合计)"))
    total_words: str = attrs.field(metadata=doc("the same in capital numerals"))
    claimed_total: str = attrs.field(metadata=doc("the sum of the claims' amounts"))
    claimed_total_words: str = attrs.field(metadata=doc("the same in capital numerals"))
    filed_on: str = attrs.field(metadata=doc("起诉日期"))


@attrs.frozen
class LoanView:
    """The contract (loan or credit card)."""

    contract_name: str = attrs.field(metadata=doc("合同名称, 《微粒贷借款合同》"))
    contract_number: str = attrs.field(metadata=doc("合同编号"))
    signed_on: str = attrs.field(metadata=doc("签订时间"))
    signed_place: str = attrs.field(metadata=doc("签订地点"))
    lender: str = attrs.field(metadata=doc("贷款人 / 发卡行 (the original lender; the plaintiff when not entered)"))
    principal: str = attrs.field(metadata=doc("借款金额"))
    principal_words: str = attrs.field(metadata=doc("借款金额 in capital numerals"))
    disbursed_on: str = attrs.field(metadata=doc("发放时间"))
    term_months: int | Empty = attrs.field(metadata=doc("借款期限 (months; empty when not entered)"))
    rate: str = attrs.field(
        metadata=doc("借款利率 with its annual equivalent, 日利率0.05%(折合年利率18.25%,按一年365天计)")
    )
    penalty_rate: str = attrs.field(metadata=doc("逾期利率 (罚息), described the same way"))
    repayment_method: str = attrs.field(metadata=doc("还款方式"))
    first_due: str = attrs.field(metadata=doc("首期还款日"))
    last_due: str = attrs.field(metadata=doc("最后一期还款日"))
    accelerated_on: str = attrs.field(metadata=doc("宣布提前到期之日"))
    overdue_since: str = attrs.field(metadata=doc("逾期起始日"))
    repaid: str = attrs.field(metadata=doc("已还款金额 (principal and interest)"))
    repaid_principal: str = attrs.field(metadata=doc("已还本金"))
    last_payment_on: str = attrs.field(metadata=doc("最后一次还款日"))
    venue_clause: str = attrs.field(metadata=doc("管辖条款 as the contract words it"))
    guarantee: str = attrs.field(metadata=doc("担保 (empty: none)"))
    card_tail: str = attrs.field(metadata=doc("信用卡卡号尾号"))
    last_collection_on: str = attrs.field(metadata=doc("最近一次催收日"))


@attrs.frozen
class AssignmentView:
    """债权转让."""

    assignor: str = attrs.field(metadata=doc("原债权人"))
    assigned_on: str = attrs.field(metadata=doc("转让日期"))
    notified: str = attrs.field(metadata=doc("是否通知债务人: 是 | 否 | 不详"))
    notice_method: str = attrs.field(metadata=doc("通知方式, e.g. 报纸公告"))
    notified_on: str = attrs.field(metadata=doc("通知日期"))
