"""The legal bases the kit cites, one named constant each, as data (:mod:`summons_kit.law.citation`).

Article numbers follow the kit's legal reference (民事诉讼法 2023 revision, 民诉法解释 2022 revision, 民法典).
A basis that was not checked against an official text carries "(unverified)". Change a citation here and every
deadline and finding that uses it follows. ``str(constant)`` is the compact form the report prints;
:func:`summons_kit.law.citation.court_text` the form a filing prints.
"""

from __future__ import annotations

from summons_kit.law.citation import UNVERIFIED, Basis, Citation, cite, join, text

__all__ = ["UNVERIFIED", "Basis", "join"]

_CPL, _SPI, _CC = "民诉法", "民诉法解释", "民法典"
_FAFA_2017 = "《最高人民法院关于进一步加强金融审判工作的若干意见》（法发〔2017〕22号）"
_CASE_NUMBERS = "《最高人民法院关于人民法院案件案号的若干规定》（法〔2015〕137号）"
_AID = "（举证责任）"

# Periods (期间) and service (送达)
CPL_85_START = join(cite(_CPL, Citation(_CPL, 85, 2)), cite(_SPI, 125))
CPL_85_HOLIDAY = cite(_CPL, Citation(_CPL, 85, 3))
CPL_85_POST = cite(_CPL, Citation(_CPL, 85, 4))
CPL_86 = cite(_CPL, 86)
CPL_95 = cite(_CPL, 95)
WORKDAY_SWAP = text("国务院办公厅年度放假安排通知", f"（调休上班日为工作日） {UNVERIFIED}")

# Answer, objection, hearing, appeal
CPL_128 = cite(_CPL, 128)
CPL_285 = cite(_CPL, 285)
CPL_130 = cite(_CPL, 130)
CPL_139 = cite(_CPL, 139)
CPL_171 = cite(_CPL, 171)
CPL_286 = cite(_CPL, 286)
CPL_165 = cite(_CPL, 165)
CPL_147 = cite(_CPL, 147, note="（缺席判决）", verified=False)

ANSWER = join(CPL_128, CPL_85_START, CPL_85_HOLIDAY)
ANSWER_ABROAD = join(CPL_285, CPL_85_START, CPL_85_HOLIDAY)
JURISDICTION_OBJECTION = join(CPL_130, CPL_128)
APPEAL = join(CPL_171, CPL_286)
APPEAL_JUDGMENT = join(cite(_CPL, Citation(_CPL, 171, 1)), CPL_85_START, CPL_85_HOLIDAY)
APPEAL_RULING = join(cite(_CPL, Citation(_CPL, 171, 2)), CPL_85_START, CPL_85_HOLIDAY)
APPEAL_ABROAD = join(CPL_286, CPL_85_START, CPL_85_HOLIDAY)
PUBLIC_NOTICE = CPL_95

# Evidence period (举证期限)
SPI_99 = join(cite(_SPI, 99), cite("证据规定", 51))
SPI_266 = cite(_SPI, 266)
SPI_275 = cite(_SPI, 275)
SPI_100 = cite(_SPI, 100)
SPI_102 = cite(_SPI, 102)
SPI_90 = cite(_SPI, 90)

# Documents
ANSWER_FORM = join(
    text("《民事诉讼文书样式》（法〔2016〕221号）民事答辩状", court=False),
    text("要素式答辩状（法〔2025〕82号）", court=False),
)
EVIDENCE_RULES_19 = cite("证据规定", 19)
INSTALMENT_CUSTOM = join(
    text("分期还款申请的通常内容", "（无强制格式）", court=False),
    cite(_CPL, Citation(_CPL, 96, last_article=102, note="（调解）")),
)

# The documents' own bases: each registry document names one of these (summons_kit.case.registry, Document.basis)
OBJECTION_DOCUMENT = join(
    cite(_CPL, 130, 22, 24, 35),
    cite(_SPI, 18, 31),
    text("《民事诉讼文书样式》（法〔2016〕221号）", court=False),
)
SMALL_CLAIMS_OBJECTION_DOCUMENT = join(
    cite(_CPL, 165, 166, 169), cite(_SPI, 281, note="（开庭前提出）", verified=False)
)
CROSS_EXAMINATION_DOCUMENT = join(
    cite(_CPL, 71),
    cite(
        "证据规定",
        Citation("证据规定", 60, last_article=62),
        Citation("证据规定", 14, last_article=15),
        Citation("证据规定", 93, last_article=94),
    ),
    cite("电子签名法", Citation("电子签名法", 13, last_article=14)),
)
POWER_OF_ATTORNEY_DOCUMENT = join(
    cite(_CPL, 61, 62), cite(_SPI, 89), text("《民事诉讼文书样式》（法〔2016〕221号）", court=False)
)
REPRESENTATIVE_DOCUMENT = join(
    cite(_CPL, 51),
    cite(_SPI, Citation(_SPI, 50, last_article=52), verified=False),
    text("《民事诉讼文书样式》（法〔2016〕221号）", court=False),
)
EVIDENCE_EXTENSION_DOCUMENT = join(cite(_CPL, 68), cite(_SPI, 100), cite("证据规定", 54))
NEGOTIATION_DOCUMENT = join(
    cite(_CC, 543),
    cite("商业银行信用卡业务监督管理办法", 70, verified=False),
    cite(_SPI, 107, note="（参照）"),
    cite("诉讼时效司法解释", 14, 19),
)
SPOUSE_DEBT = cite(_CC, 1064)
CASE_NUMBER_RULES = cite(_CASE_NUMBERS, verified=False)
#: the court code (法院代字) of a 案号 begins with the province's abbreviation (粤, 沪, 京 …)
CASE_NUMBER_COURT_CODE = cite(_CASE_NUMBERS, note="及其附件（各级人民法院的法院代字）", verified=False)

# Money
FINANCIAL_24 = join(cite(_FAFA_2017, 2, note=" (unverified verbatim)", verified=False), cite(_CC, 585))
PRIVATE_LENDING_25 = cite("民间借贷司法解释（2020）", 25, 28, 29)
PRIVATE_LENDING_31 = cite("民间借贷司法解释（2020）", 31)
#: the rule for interest up to 2020-08-19 on contracts made before 2020-08-20 (24 % protected, above 36 % void)
PRIVATE_LENDING_2015 = cite(
    "《最高人民法院关于审理民间借贷案件适用法律若干问题的规定》（法释〔2015〕18号）", 26, verified=False
)
LOCAL_FINANCIAL = join(
    cite("法释〔2020〕27号", note="（地方金融组织不适用民间借贷司法解释）"),
    cite("法发〔2017〕22号", 2, note="参照适用 (unverified: courts differ)", verified=False),
)
LPR_SOURCE = text("全国银行间同业拆借中心公布的一年期贷款市场报价利率", "（LPR） (unverified table)")
PENALTY_AND_DAMAGES = join(
    text("司法实践", "（罚息与违约金不宜重复计收，无单一条文）", court=False),
    cite(_CC, Citation(_CC, 585, 2)),
)
# the contract is the plaintiff's basis for these claims, not the defendant's: not cited in the answer's 答辩依据
ATTORNEY_FEES = join(text("合同约定", court=False), cite(_SPI, 90, note=_AID))
ACCELERATION = join(text("合同的提前到期条款", "（无单一条文）", court=False), cite(_SPI, 90, note=_AID))
COMPLAINT_ARITHMETIC = cite(_CPL, 124, note="（起诉状应写明诉讼请求）", verified=False)

# Limitation and assignment
LIMITATION = cite(_CC, 188, 189, 195, Citation(_CC, 201, last_article=203))
LIMITATION_DEFENCE = join(cite(_CC, 188, 192, 193, 195), cite("诉讼时效司法解释", 3))
INSTALMENT_LIMITATION = join(cite("诉讼时效司法解释", 14, 19), cite(_CC, 192, 195))
ASSIGNMENT = join(cite(_CC, 546, 548), cite("合同编通则解释（2023）", 48))
ASSIGNMENT_PUBLICATION = join(
    cite(_CC, 546),
    cite("《最高人民法院关于审理涉及金融不良债权转让案件工作座谈会纪要》（法发〔2009〕19号）", verified=False),
)

# Jurisdiction
JURISDICTION = join(
    cite(_CPL, 22, 24, 35, 130),
    cite(_SPI, 18, 31),
    text("（2022）最高法民辖124号、（2023）最高法民辖36号、（2022）最高法民辖27号"),
)
_INTERNET = "《最高人民法院关于互联网法院审理案件若干问题的规定》（2018）"
INTERNET_COURT = cite(_INTERNET, Citation(_INTERNET, 2, item=3))

# Interruption of limitation (诉讼时效中断) and waiver after expiry
INTERRUPTION = cite(_CC, 195)
#: a credit-card issuer's demand by SMS, letter, e-mail or account debit interrupts limitation
CARD_COLLECTION = join(cite("银行卡民事纠纷司法解释", 3), INTERRUPTION)
#: a notice of assignment reaching the debtor interrupts limitation
ASSIGNMENT_NOTICE_INTERRUPTS = join(cite("诉讼时效司法解释", 17, verified=False), INTERRUPTION)
#: agreeing to perform after expiry (a payment offer, an instalment request) waives the limitation defence
WAIVER_AFTER_EXPIRY = join(cite("诉讼时效司法解释", 19), cite(_CC, Citation(_CC, 192, 2)))

# Repayments, amounts, standard terms
SET_OFF_ORDER = cite(_CC, 560, 561)
AMOUNT_RECEIVED = cite(_CC, 670, verified=False)
STANDARD_TERMS = cite(_CC, 496, 497, 498)
CARD_STANDARD_TERMS = cite("银行卡民事纠纷司法解释", 2)
COURT_FEES = cite("诉讼费用交纳办法", 12, verified=False)
#: a party's admission made to reach a settlement is not used against it later (instalment request)
SETTLEMENT_ADMISSION = cite(_SPI, 107, verified=False)

# Procedure
SMALL_CLAIMS_EXCLUDED = cite(_CPL, 166, verified=False)
SMALL_CLAIMS_OBJECTION = cite(_CPL, 169, verified=False)
SIMPLE_EXCLUDED = cite(_SPI, 257, verified=False)
PUBLIC_NOTICE_ABROAD = cite(_CPL, 283, verified=False)
#: public notices published before 2024-01-01: the 民事诉讼法 as revised in 2021 (60 days; abroad 3 months)
PUBLIC_NOTICE_BEFORE_2024 = cite("民诉法（2021）", 95)
PUBLIC_NOTICE_ABROAD_BEFORE_2024 = cite("民诉法（2021）", 274, verified=False)
OFFICE_HOURS = cite(_CC, Citation(_CC, 203, 2, verified=False))
VENUE_CLAUSE = join(cite(_CPL, 35), cite(_SPI, Citation(_SPI, 18, 2, verified=False), 31, 33))
#: without a venue clause, a money claim's place of performance is the receiving party's seat
PLACE_OF_PERFORMANCE = cite(_SPI, Citation(_SPI, 18, 2, verified=False))
#: an assignee is bound by the original contract's venue clause
ASSIGNEE_VENUE = cite(_SPI, 33)


def of_document(document: object) -> Basis:
    """The basis a registry document names (``Document.basis`` is the name of a constant of this module)."""
    found = globals().get(str(getattr(document, "basis", "")))
    if not isinstance(found, Basis):
        raise LookupError(f"{document!r}: its basis names no constant of summons_kit.law.basis")
    return found
