"""A complete example case: every section filled, so its context has every variable a template can use.

The lint checks templates against its context and docs/variables.md shows its values. It is a credit-card suit
brought by a debt buyer (assignee) under the small-claims procedure, with a lawyer, evidence in groups and an
instalment plan. Synthetic: every person, number and code is invented (the id number and credit code have
valid check digits but belong to no one).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from functools import lru_cache
from typing import Any

from summons_kit.case.model import (
    Agent,
    AnswerPoint,
    Assignment,
    Case,
    Claim,
    Complaint,
    Court,
    Defence,
    DocumentOptions,
    Evidence,
    EvidenceExtension,
    EvidenceKind,
    Instalment,
    LenderKind,
    Loan,
    Party,
    PartyKind,
    PlaintiffEvidence,
    Position,
    Procedure,
    Service,
    ServiceMethod,
)
from summons_kit.fields.case_number import CaseNumber
from summons_kit.fields.claims import ClaimInfo, ClaimKind, Rate
from summons_kit.fields.identity import CreditCode, IdNumber

#: The day the example is checked and drafted.
EXAMPLE_TODAY = dt.date(2026, 2, 9)

_DAILY = Rate("日利率万分之五", Decimal("18.25"), "day", 365)


def _claim(text: str, kinds: tuple[ClaimKind, ...], amount: str | None, **info: Any) -> Claim:
    value = None if amount is None else Decimal(amount)
    return Claim(text, value, ClaimInfo(text, kinds, value, **info))


def example_case() -> Case:
    """The complete example case."""
    return Case(
        court=Court(
            name="上海市浦东新区人民法院",
            case_number=CaseNumber("（2026）沪0115民初3456号", 2026, "沪0115", "民初", 3456),
            cause="信用卡纠纷",
            procedure=Procedure.SMALL_CLAIMS,
        ),
        service=Service(
            served_on=dt.date(2026, 2, 3),
            method=ServiceMethod.ELECTRONIC,
            evidence_deadline=dt.date(2026, 2, 10),
            hearing=dt.datetime(2026, 3, 3, 14, 30),
            hearing_place="人民法院在线服务平台，第十二法庭（线上）",
            notice_date=dt.date(2026, 2, 2),
        ),
        plaintiff=Party(
            name="上海某某资产管理有限公司",
            kind=PartyKind.ORGANIZATION,
            credit_code=CreditCode("91310000MA1K4NBX9C", "91310000MA1K4NBX9C"),
            representative="孙某某",
            representative_title="执行董事",
            address="上海市浦东新区某某路888号12层",
            org_type="有限责任公司",
        ),
        defendant=Party(
            name="陈静",
            id_number=IdNumber("33010219880302274X", "33010219880302274X", dt.date(1988, 3, 2), "female"),
            address="杭州市上城区某某街道某某小区6幢1单元301室",
            residence="杭州市西湖区某某路18号",
            phone="13605710000",
            ethnicity="汉族",
            occupation="杭州某某贸易有限公司职员",
        ),
        agent=Agent(
            name="赵某某",
            firm="浙江某某律师事务所",
            title="律师",
            phone="0571-8888××××",
            authority="special",
            powers=("代为进行和解", "代为提起上诉"),
        ),
        claims=(
            _claim("判令被告偿还信用卡透支本金人民币9,876.54元", (ClaimKind.PRINCIPAL,), "9876.54"),
            _claim(
                "判令被告支付截至2025年6月30日的透支利息人民币1,234.56元、违约金人民币345.67元、"
                "分期手续费人民币120.00元",
                (ClaimKind.INTEREST, ClaimKind.DAMAGES, ClaimKind.OTHER),
                "1700.23",
                interest_to=dt.date(2025, 6, 30),
            ),
            _claim(
                "判令被告支付自2025年7月1日起至实际清偿之日止的利息"
                "（以透支本金9,876.54元为基数，按日利率万分之五计算）",
                (ClaimKind.INTEREST,),
                None,
                interest_from=dt.date(2025, 7, 1),
                rate=_DAILY,
            ),
            _claim("本案诉讼费用由被告承担", (ClaimKind.COURT_COSTS,), None),
        ),
        complaint=Complaint(total=Decimal("11576.77"), filed_on=dt.date(2025, 12, 10)),
        evidence=(
            Evidence(
                "信用卡账户交易明细",
                "某某银行手机银行（答辩人账户）",
                "证明答辩人2019年至2023年8月按期还款共计人民币15,320.00元",
                pages=5,
                group="还款情况",
            ),
            Evidence(
                "银行账户流水",
                "中国工商银行杭州某某支行",
                "证明每次还款的时间和金额",
                pages=3,
                original=True,
                group="还款情况",
            ),
            Evidence(
                "劳动合同解除通知书",
                "杭州某某贸易有限公司",
                "证明答辩人自2023年8月起失业、收入减少",
                pages=1,
                original=True,
                copies=2,
                group="经济困难",
            ),
        ),
        loan=Loan(
            contract_name="《信用卡领用合约》",
            signed_on=dt.date(2019, 4, 15),
            lender="某某银行股份有限公司",
            lender_kind=LenderKind.LICENSED,
            principal=Decimal("9876.54"),
            rate=_DAILY,
            repayment_method="按月还款，每月最低还款额为账单金额的10%",
            overdue_since=dt.date(2023, 9, 1),
            repaid=Decimal("15320.00"),
            last_payment_on=dt.date(2023, 8, 25),
            card_tail="6688",
            last_collection_on=dt.date(2025, 7, 15),
        ),
        assignment=Assignment(
            assignor="某某银行股份有限公司",
            assigned_on=dt.date(2025, 6, 30),
            notified=None,
            notice_method="《某某日报》刊登债权转让暨催收公告",
            notified_on=dt.date(2025, 7, 15),
        ),
        defence=Defence(
            items={
                "principal": Position(False, "对透支本金9,876.54元无异议。"),
                "interest": Position(True, "违约金与利息重复计收，分期手续费未经提示说明，请求依法调减。"),
            },
            facts={
                "repaid": Position(False, "答辩人已还款人民币15,320.00元。"),
                "collection": Position(True, "答辩人从未收到原告的债权转让通知和催收。"),
            },
            points=(
                AnswerPoint(
                    title="违约金和手续费应予调减",
                    text="原告同时主张透支利息和违约金，且分期手续费条款未经提示说明，请求依法调减。",
                    evidence=(1, 2),
                    basis="《民法典》第四百九十六条、第五百八十五条",
                ),
                AnswerPoint(text="答辩人因失业收入减少，并非恶意拖欠，愿意分期清偿。", evidence=(3,)),
            ),
            delivery_address="杭州市西湖区某某路18号",
            venue_court="杭州市上城区人民法院",
            recipient="陈静",
            delivery_phone="13605710000",
            electronic_service=True,
            email="chenjing.example@163.com",
        ),
        instalment=Instalment(
            months=12,
            first_due=dt.date(2026, 3, 20),
            down_payment=Decimal("1000.00"),
            addressee="court",
            reasons="答辩人自2023年8月失业，目前仅有临时收入；\n家中老人患病需要照顾。",
            monthly_income=Decimal("3500.00"),
            monthly_expenses=Decimal("2300.00"),
            repaid=Decimal("15320.00"),
            waive_penalty=True,
            attachments=("劳动合同解除通知书", "近六个月银行流水"),
        ),
        plaintiff_evidence=(
            PlaintiffEvidence("信用卡领用合约（电子版）", EvidenceKind.CONTRACT, "证明双方存在信用卡合同关系", 6),
            PlaintiffEvidence("信用卡账户交易明细", EvidenceKind.REPAYMENTS, "证明被告的透支和欠款金额", 12),
            PlaintiffEvidence("债权转让协议", EvidenceKind.ASSIGNMENT, "证明原告受让案涉债权", 8),
        ),
        evidence_extension=EvidenceExtension(
            until=dt.date(2026, 2, 24),
            reasons="答辩人正在向中国工商银行调取2021年至2023年的还款流水，银行告知需10个工作日出具。",
            items=("中国工商银行还款流水",),
        ),
        documents=DocumentOptions(date=EXAMPLE_TODAY, copies=1),
    )


@lru_cache(maxsize=1)
def _context() -> dict[str, Any]:
    """The example's context; a document section the example cannot fill (the 法定代表人身份证明书 of a person
    defendant is None) is taken from the example with an organization defendant, so every variable a built-in
    template uses has an example value (and ``templates lint`` can draft every template)."""
    import attrs

    from summons_kit.case import registry
    from summons_kit.documents.context import template_context

    case = example_case()
    context = template_context(case, today=EXAMPLE_TODAY)
    empty = [d.section for d in registry.DOCUMENTS if context.get(d.section) is None]
    if empty:
        company = attrs.evolve(case.plaintiff, name="杭州某某贸易有限公司", address="杭州市西湖区某某路1号")
        other = template_context(attrs.evolve(case, defendant=company), today=EXAMPLE_TODAY)
        for section in empty:
            context[section] = other.get(section)
    return context


def example_context() -> dict[str, Any]:
    """The template context of :func:`example_case` (computed once)."""
    return _context()
